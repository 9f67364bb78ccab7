import { UserMenu } from "session-kit";
import { getSession } from "../lib/kit";

export default async function Page() {
  const session = await getSession();
  // `plan` is the app's own user field: typed by getSession() and read by the kit's lookup.
  const plan: string | undefined = session?.user.plan;
  return (
    <main>
      <p data-testid="server-session">{session ? `Signed in as ${session.user.name} on ${plan}` : "Signed out on the server"}</p>
      <UserMenu />
    </main>
  );
}
