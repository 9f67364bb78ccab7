import { CredentialsForm } from "../credentials-form";

export default function SignUpPage() {
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <CredentialsForm mode="sign-up" />
    </section>
  );
}
