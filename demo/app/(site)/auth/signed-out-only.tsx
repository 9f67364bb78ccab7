import { redirect } from "next/navigation";
import type * as React from "react";
import { getSession } from "../../_lib/kit";

/**
 * The proxy is only a first gate here too. It sends signed-in visitors home by their cookie cache, but
 * lets one through while its bounce marker is set (it sent them home moments ago, maybe from a
 * background refresh). So the auth pages ask the database as well: a live session goes home; a dead one
 * (a stale cache) gets the form. `addingAccount`: a signed-in user signing in to another account.
 */
export async function SignedOutOnly({ children, addingAccount = false }: { children: React.ReactNode; addingAccount?: boolean }) {
  if (!addingAccount && (await getSession())) redirect("/home");
  return children;
}
