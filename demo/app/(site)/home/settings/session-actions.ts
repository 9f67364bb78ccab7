"use server";

import { authenticatedActionClient, signOutEverywhere } from "../../../_lib/kit";

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = authenticatedActionClient.action(async () => {
  await signOutEverywhere();
  return { signedOut: true };
});
