import { CredentialsForm } from "../credentials-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackURL?: string }> }) {
  const { callbackURL } = await searchParams;
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <CredentialsForm mode="sign-in" callbackURL={typeof callbackURL === "string" ? callbackURL : undefined} />
      <p className="text-sm text-muted-foreground">
        No account? <a className="underline" href="/auth/sign-up">Sign up</a>
      </p>
    </section>
  );
}
