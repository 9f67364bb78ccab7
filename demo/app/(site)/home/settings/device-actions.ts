"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authenticatedActionClient, endDevice, signOutOtherDevices } from "../../../_lib/kit";

/** Signs one of the user's own devices out; an id that is not one of theirs ends nothing. */
export const endDeviceAction = authenticatedActionClient
  .inputSchema(z.object({ sessionId: z.string().min(1).max(200) }))
  .action(async ({ parsedInput }) => {
    const ended = await endDevice(parsedInput.sessionId);
    revalidatePath("/home/settings");
    return { ended };
  });

/** Signs every other device of the user out; this one stays signed in. */
export const signOutOtherDevicesAction = authenticatedActionClient.action(async () => {
  const ended = await signOutOtherDevices();
  revalidatePath("/home/settings");
  return { ended };
});
