import { getAccountContext } from "../../_lib/kit";
import { NameForm } from "./name-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export default async function SettingsPage() {
  const { user } = await getAccountContext();
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <NameForm name={user.name} />
      <h2 className="text-lg font-semibold">Sessions</h2>
      <SignOutEverywhere />
    </section>
  );
}
