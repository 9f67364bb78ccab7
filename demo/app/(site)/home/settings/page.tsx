import { getAccountContext, listDevices } from "../../../_lib/kit";
import { Devices } from "./devices";
import { EmailForm } from "./email-form";
import { NameForm } from "./name-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export default async function SettingsPage() {
  const [{ user }, devices] = await Promise.all([getAccountContext(), listDevices()]);
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <NameForm name={user.name} />
      <EmailForm email={user.email} />
      <h2 className="text-lg font-semibold">Devices</h2>
      <Devices
        devices={devices.map(({ id, userAgent, updatedAt, isCurrent }) => ({ id, userAgent, lastSeenAt: updatedAt, isCurrent }))}
        now={new Date()}
      />
      <h2 className="text-lg font-semibold">Sessions</h2>
      <SignOutEverywhere />
    </section>
  );
}
