"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "../../../_components/button";
import { updateName } from "./actions";

export function NameForm({ name }: { name: string }) {
  const { execute, result, isPending } = useAction(updateName);
  const nameError = result.validationErrors?.name?._errors?.[0];
  return (
    <form
      className="grid max-w-sm gap-3"
      action={(form) => execute({ name: String(form.get("name") ?? "") })}
      noValidate
    >
      <label className="grid gap-1 text-sm">
        Name
        <input
          name="name"
          defaultValue={name}
          aria-invalid={nameError ? true : undefined}
          className="h-9 rounded-md border bg-background px-3 text-sm"
        />
      </label>
      {nameError && (
        <p role="alert" className="text-sm text-destructive">
          {nameError}
        </p>
      )}
      {result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {result.serverError}
        </p>
      )}
      {result.data && <p role="status">Saved: {result.data.name}</p>}
      <Button type="submit" disabled={isPending}>
        Save
      </Button>
    </form>
  );
}
