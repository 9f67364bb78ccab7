// The app's own copy of the user menu (`shadcn add …/r/user-menu.json`), not the package's.
import { UserMenu } from "@/components/user-menu";

export default function MenuPage() {
  return (
    <header className="flex justify-end p-4">
      <UserMenu />
    </header>
  );
}
