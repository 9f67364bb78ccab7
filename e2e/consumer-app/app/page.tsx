import { arabicMessages, isAdmin, SignOutButton, UserMenu, UserMenuSkeleton } from "session-kit";
import { getSession } from "../lib/kit";

export default async function Page() {
  const session = await getSession();
  return (
    <main>
      <p data-testid="server-session">{session ? `Signed in as ${session.user.name}` : "Signed out on the server"}</p>
      <UserMenu />
      <SignOutButton />
      {/* Plain values from the client entry, used by this Server Component itself (not client references). */}
      <p lang="ar" dir="rtl" data-testid="arabic">{arabicMessages.signIn}</p>
      <p data-testid="rule">{isAdmin({ id: "u1", role: "user,admin" }) ? "admin rule runs on the server" : "no"}</p>
      <UserMenuSkeleton label={arabicMessages.loadingAccount} />
    </main>
  );
}
