import { UserMenu } from "session-kit";
import { getAccountContext, getSession, isUserAdmin } from "../lib/kit";

export default async function Page() {
  const session = await getSession();
  // `plan` is the app's own user field: typed by getSession() and read by the kit's lookup.
  const plan: string | undefined = session?.user.plan;
  // No admin plugin: admins are the app's adminUserIds. No organization plugin: always personal.
  const admin = await isUserAdmin();
  const account = session ? await getAccountContext() : null;
  return (
    <main>
      <p data-testid="server-session">{session ? `Signed in as ${session.user.name} on ${plan}` : "Signed out on the server"}</p>
      <p data-testid="admin">{admin ? "admin" : "not an admin"}</p>
      {account && <p data-testid="account">{account.isPersonal ? "personal account" : `organization ${account.activeOrganizationId}`}</p>}
      <UserMenu />
    </main>
  );
}
