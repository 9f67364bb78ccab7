import { connection } from "next/server";
import { UserMenuView } from "session-kit";

// The reference for `npm run bench`'s page cost: what /home shows Alan (no organization), drawn from a
// fixed visitor, not a user of the app, with no session work at all (the bench requests it without a
// cookie, so the layout's provider finds no session cookie and asks nothing). Not linked from anywhere.
// Rendered per request like /home (connection()), so under Cache Components its shell holds only the
// loading state and no user data, as every shell must.
const VISITOR = { name: "Fixed Visitor", email: "visitor@example.com", image: null };

export default async function BarePage() {
  await connection();
  return (
    <section className="grid gap-2">
      <div className="flex justify-end">
        <UserMenuView user={VISITOR} />
      </div>
      <h1 className="text-2xl font-semibold">Personal dashboard</h1>
      <p>Welcome, {VISITOR.name}. You are not in an organization.</p>
    </section>
  );
}
