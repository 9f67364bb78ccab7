import { Suspense } from "react";
import { CredentialsForm } from "../credentials-form";

type SearchParams = Promise<{ callbackURL?: string }>;

/** The form, told where to go after signing in (read from the request: streamed under Cache Components). */
async function SignInForm({ searchParams }: { searchParams: SearchParams }) {
  const { callbackURL } = await searchParams;
  return <CredentialsForm mode="sign-in" callbackURL={typeof callbackURL === "string" ? callbackURL : undefined} />;
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
