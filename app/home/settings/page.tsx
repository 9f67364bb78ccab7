import { getAccountContext } from "../../_lib/kit";
import { NameForm } from "./name-form";

export default async function SettingsPage() {
  const { user } = await getAccountContext();
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <NameForm name={user.name} />
    </section>
  );
}
