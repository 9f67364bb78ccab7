"use client";

import { useAction } from "next-safe-action/hooks";
import { SESSION_NOT_FRESH, useReauthentication } from "session-kit";
import { Button } from "../../../_components/button";
import { changeEmail } from "./actions";

/**
 * The email change asks for the password in place when the sign-in is too old: the kit's dialog opens,
 * and the same change is sent again once the password is confirmed. Cancel leaves the field as typed.
 */
export function EmailForm({ email }: { email: string }) {
  const { run, dialog } = useReauthentication(changeEmail);
  const { execute, result, isPending } = useAction(run);
  const emailError = result.validationErrors?.email?._errors?.[0];
  // Cancelled in the dialog: nothing changed, nothing to say.
  const notFresh = result.serverError === SESSION_NOT_FRESH;
  return (
    <form
      className="grid max-w-sm gap-3"
      // onSubmit, not a form action: React resets a form after its action, and a cancelled change must keep what was typed.
      onSubmit={(event) => {
        event.preventDefault();
        execute({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
      }}
      noValidate
    >
      <label className="grid gap-1 text-sm">
        Email
        <input
          name="email"
          type="email"
          defaultValue={email}
          autoComplete="email"
          aria-invalid={emailError ? true : undefined}
          className="h-9 rounded-md border bg-background px-3 text-sm"
        />
      </label>
      {emailError && (
        <p role="alert" className="text-sm text-destructive">
          {emailError}
        </p>
      )}
      {result.serverError && !notFresh && (
        <p role="alert" className="text-sm text-destructive">
          {result.serverError}
        </p>
      )}
      {result.data && <p role="status">Email changed to {result.data.email}</p>}
      <Button type="submit" disabled={isPending}>
        Change email
      </Button>
      {dialog}
    </form>
  );
}
