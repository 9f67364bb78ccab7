import { SignedIn, SignedOut } from "../_lib/kit";

export default function HomePage() {
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">session-kit demo</h1>
      <SignedOut>
        <p className="text-muted-foreground">
          Sign in with a seeded account (grace@example.com, ada@example.com or alan@example.com, password
          password1234), or <a className="underline" href="/auth/sign-up">create one</a>.
        </p>
      </SignedOut>
      <SignedIn>
        <p>
          You are signed in. Go to your <a className="underline" href="/home">dashboard</a>.
        </p>
      </SignedIn>
    </section>
  );
}
