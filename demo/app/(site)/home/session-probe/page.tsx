import { getAccountContext, getSession, isUserAdmin } from "../../../_lib/kit";

// Renders N components that each ask for the session three ways, to show the lookups are shared:
// the statement count per request stays the same whatever N is (see e2e/demo.e2e.test.ts, npm run bench).
async function SessionProbe({ index }: { index: number }) {
  const [session, admin, context] = await Promise.all([getSession(), isUserAdmin(), getAccountContext()]);
  return (
    <li>
      {`Component ${index + 1}: ${session?.user.name} (${admin ? "admin" : "member"}, ${context.isOrganization ? "organization" : "personal"})`}
    </li>
  );
}

export default async function SessionProbePage({ searchParams }: { searchParams: Promise<{ components?: string }> }) {
  const requested = Number.parseInt((await searchParams).components ?? "1", 10);
  const count = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), 50) : 1;
  return (
    <section className="grid gap-2">
      <h1 className="text-xl font-semibold">{count} components reading the session</h1>
      <ul aria-label="Session readers">
        {Array.from({ length: count }, (_, index) => (
          <SessionProbe key={index} index={index} />
        ))}
      </ul>
    </section>
  );
}
