import { Suspense } from "react";
import { CredentialsForm } from "../credentials-form";
import { SignedOutOnly } from "../signed-out-only";

export default function SignUpPage() {
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <Suspense>
        <SignedOutOnly>
          <CredentialsForm mode="sign-up" />
        </SignedOutOnly>
      </Suspense>
    </section>
  );
}
