import { getSession, isUserAdmin } from "../lib/kit";

/** The app's own async Server Component: it reads the session on the server. */
export async function AccountPanel() {
  const session = await getSession();
  if (!session) return <p data-testid="account-panel">Server: signed out</p>;
  return <p data-testid="account-panel">{`Server: ${session.user.name}${(await isUserAdmin()) ? " (admin)" : ""}`}</p>;
}
