/** The dashboard's own links, above each of its pages. */
export function DashboardNav() {
  return (
    <nav aria-label="Dashboard" className="flex gap-4 text-sm">
      <a href="/home">Overview</a>
      <a href="/home/members">Members</a>
      <a href="/home/settings">Settings</a>
    </nav>
  );
}
