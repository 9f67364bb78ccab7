"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "../../_components/button";
import { endSessionsAction } from "./actions";

export function EndSessionsButton({ userId, name }: { userId: string; name: string }) {
  const { execute, isPending, result } = useAction(endSessionsAction);
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={() => execute({ userId })} aria-label={`End all sessions of ${name}`}>
        End sessions
      </Button>
      {result.data && <span role="status">Ended {result.data.ended}</span>}
      {result.serverError && <span role="alert">{result.serverError}</span>}
    </span>
  );
}
