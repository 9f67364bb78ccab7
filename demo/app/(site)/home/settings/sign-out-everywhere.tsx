"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "../../../_components/button";
import { signOutEverywhereAction } from "./session-actions";

export function SignOutEverywhere() {
  const { execute, isPending, result } = useAction(signOutEverywhereAction, {
    onSuccess: () => window.location.assign("/"),
  });
  return (
    <div className="grid justify-items-start gap-2">
      <Button type="button" variant="outline" disabled={isPending} onClick={() => execute()}>
        Sign out everywhere
      </Button>
      {result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {result.serverError}
        </p>
      )}
    </div>
  );
}
