"use client";

import { useState } from "react";
import { RetryCountdown, safeCallbackPath, useRetryAfter } from "session-kit";
import { authClient } from "../../_lib/auth-client";
import { Button } from "../../_components/button";

const inputClass = "h-9 rounded-md border bg-background px-3 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50";

/** Email and password, for sign-in and sign-up; on success loads the (same-origin) callback. */
export function CredentialsForm({ mode, callbackURL }: { mode: "sign-in" | "sign-up"; callbackURL?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // better-auth limits sign-in (3 tries in 10 s per client in production): its 429 names the wait.
  const limit = useRetryAfter();

  async function submit(form: FormData) {
    setBusy(true);
    setError(null);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const result =
      mode === "sign-in"
        ? await authClient.signIn.email({ email, password }, limit.fetchOptions)
        : await authClient.signUp.email({ email, password, name: String(form.get("name") ?? "") }, limit.fetchOptions);
    if (result.error) {
      setError(result.error.status === 429 ? null : (result.error.message ?? "Something went wrong"));
      setBusy(false);
      return;
    }
    // A full load, so every Server Component renders for the new session.
    window.location.assign(safeCallbackPath(callbackURL, "/home"));
  }

  return (
    <form action={submit} className="grid max-w-sm gap-3">
      {mode === "sign-up" && (
        <label className="grid gap-1 text-sm">
          Name
          <input name="name" required autoComplete="name" className={inputClass} />
        </label>
      )}
      <label className="grid gap-1 text-sm">
        Email
        <input name="email" type="email" required autoComplete="email" className={inputClass} />
      </label>
      <label className="grid gap-1 text-sm">
        Password
        <input
          name="password"
          type="password"
          required
          minLength={8}
          autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
          className={inputClass}
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {limit.limited && limit.secondsLeft !== null && <RetryCountdown secondsLeft={limit.secondsLeft} className="text-sm" />}
      <Button type="submit" disabled={busy || limit.limited} aria-busy={busy || undefined}>
        {mode === "sign-in" ? "Sign in" : "Create account"}
      </Button>
    </form>
  );
}
