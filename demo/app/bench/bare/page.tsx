import { UserMenuView } from "session-kit";

// The reference for `npm run bench`'s page cost: what /home shows Alan (no organization), drawn from a
// fixed user with no session work at all (no cookie is read: the bench requests it without one, so the
// layout's provider finds no session cookie and asks nothing). Not linked from anywhere.
const ALAN = { name: "Alan Turing", email: "alan@example.com", image: null };

export default function BarePage() {
  return (
    <section className="grid gap-2">
      <div className="flex justify-end">
        <UserMenuView user={ALAN} />
      </div>
      <h1 className="text-2xl font-semibold">Personal dashboard</h1>
      <p>Welcome, {ALAN.name}. You are not in an organization.</p>
    </section>
  );
}
