import { SignOutButton, UserMenu } from "session-kit";
import { getSession } from "../lib/kit";

export default async function Page() {
  const session = await getSession();
  return (
    <main>
      <p data-testid="server-session">{session ? `Signed in as ${session.user.name}` : "Signed out on the server"}</p>
      <UserMenu />
      <SignOutButton />
    </main>
  );
}
