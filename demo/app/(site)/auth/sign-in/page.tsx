import { Suspense } from "react";
import { CredentialsForm } from "../credentials-form";
import { SignedOutOnly } from "../signed-out-only";

type SearchParams = Promise<{ callbackURL?: string; "add-account"?: string }>;

/** The form, told where to go after signing in (read from the request: streamed under Cache Components). */
async function SignInForm({ searchParams }: { searchParams: SearchParams }) {
  const parameters = await searchParams;
  const { callbackURL } = parameters;
  return (
    <SignedOutOnly addingAccount={"add-account" in parameters}>
      <CredentialsForm mode="sign-in" callbackURL={typeof callbackURL === "string" ? callbackURL : undefined} />
    </SignedOutOnly>
  );
}

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <Suspense>
        <SignInForm searchParams={searchParams} />
      </Suspense>
      <p className="text-sm text-muted-foreground">
        No account? <a className="underline" href="/auth/sign-up">Sign up</a>
      </p>
    </section>
  );
}
