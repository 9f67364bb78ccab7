"use client";

import { useState } from "react";
import { authClient } from "../../_lib/auth-client";
import { Button } from "../../_components/button";

/** Starts acting as another user (better-auth's admin plugin keeps the admin's own session aside). */
export function ImpersonateButton({ userId, name }: { userId: string; name: string }) {
  const [isStarting, setIsStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function impersonate() {
    setIsStarting(true);
    setFailure(null);
    let message: string | null = null;
    try {
      const { error } = await authClient.admin.impersonateUser({ userId });
      if (error) message = error.message ?? `Could not impersonate ${name}`;
    } catch {
      message = `Could not impersonate ${name}`;
    }
    if (message) {
      setFailure(message);
      setIsStarting(false);
      return;
    }
    // A full page load, so nothing rendered for the admin survives in the router's cache.
    window.location.assign("/home");
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={isStarting}
        aria-busy={isStarting || undefined}
        onClick={() => void impersonate()}
        aria-label={`Impersonate ${name}`}
      >
        Impersonate
      </Button>
      {failure && <span role="alert">{failure}</span>}
    </span>
  );
}
