"use client";

import { useCallback, useRef, useState } from "react";
import { isSessionNotFresh } from "../lib/fresh-session";
import { DEFAULT_PATHS } from "../lib/paths";
import { useKitAuthClient } from "./auth-client-context";
import { ReauthDialog, type ReauthStatus } from "./reauth-dialog";
import { useSessionState } from "./use-session-state";
import { useRetryAfter } from "./use-retry-after";
import { useSignInAgainPath } from "./use-sign-in-again-path";

/** The path of the kit plugin's re-authentication endpoint, under the client's auth base path. */
export const REAUTHENTICATE_ENDPOINT = "/session-kit/reauthenticate";

export interface ReauthenticationOptions {
  /**
   * Whether the call may be sent again once the user is verified. Default true. Set false for a call
   * that must not run twice (it already did something before answering): after the password the dialog
   * says "send it again" instead. A call given a ReadableStream (a body that can be read once) is never
   * sent again.
   */
  retry?: boolean;
  /** The sign-in page, for an account without a password. Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
}

interface Pending<Result> {
  args: unknown[];
  first: Result;
  retry: boolean;
  resolve: (result: Result) => void;
}

const canBeSentAgain = (args: unknown[]) =>
  !args.some((arg) => (typeof ReadableStream !== "undefined" && arg instanceof ReadableStream) || (typeof Request !== "undefined" && arg instanceof Request && arg.bodyUsed));

/**
 * Re-authentication in place, for a sensitive call: `const { run, dialog } = useReauthentication(action)`.
 * `run(...args)` calls `action`; when it answers SESSION_NOT_FRESH (a fresh action client's
 * `serverError`, a `{ fresh }` route's 409 Response, better-auth's own `error.code`), the dialog asks for
 * the password, the session is renewed, and `action` runs once more with the same arguments: `run`
 * resolves with that second answer, without leaving the page. Cancel resolves with the first answer and
 * leaves the form as it was. Render `dialog` anywhere in the component.
 */
export function useReauthentication<Args extends unknown[], Result>(action: (...args: Args) => Promise<Result>, options: ReauthenticationOptions = {}) {
  const { retry = true, signInPath = DEFAULT_PATHS.signIn } = options;
  const client = useKitAuthClient();
  // Never suspends the caller's form: the email is only needed once the dialog opens.
  const state = useSessionState({ suspend: false });
  const limit = useRetryAfter();
  const signInHref = useSignInAgainPath(signInPath);
  const [status, setStatus] = useState<ReauthStatus>("idle");
  const [open, setOpen] = useState(false);
  const pending = useRef<Pending<Result> | null>(null);
  const latestAction = useRef(action);
  latestAction.current = action;

  const run = useCallback(
    async (...args: Args): Promise<Result> => {
      const first = await latestAction.current(...args);
      if (!(await isSessionNotFresh(first))) return first;
      pending.current?.resolve(pending.current.first); // one dialog at a time: an earlier ask is cancelled
      return new Promise<Result>((resolve) => {
        pending.current = { args, first, retry: retry && canBeSentAgain(args), resolve };
        setStatus("idle");
        setOpen(true);
      });
    },
    [retry],
  );

  const finish = useCallback((result: Result) => {
    const current = pending.current;
    pending.current = null;
    setOpen(false);
    current?.resolve(result);
  }, []);

  const cancel = useCallback(() => {
    if (pending.current) finish(pending.current.first);
  }, [finish]);

  const submit = useCallback(
    async (password: string) => {
      const current = pending.current;
      if (!current) return;
      setStatus("verifying");
      const { error } = await client
        .$fetch(REAUTHENTICATE_ENDPOINT, { method: "POST", body: { password }, ...limit.fetchOptions })
        .catch(() => ({ error: { status: 0, code: "NETWORK" } as { status?: number; code?: string } }));
      if (error) {
        setStatus(error.status === 429 ? "rate-limited" : error.code === "INVALID_PASSWORD" ? "wrong-password" : error.code === "NO_PASSWORD" ? "no-password" : "failed");
        return;
      }
      // The session was renewed: this tab reads it again, the others are told.
      client.$store.notify("$sessionSignal");
      if (!current.retry) {
        setStatus("verified-send-again");
        return;
      }
      finish(await latestAction.current(...(current.args as Args)));
    },
    [client, finish, limit.fetchOptions],
  );

  const email = state.status === "signed-in" ? state.user.email : "";
  const shownStatus: ReauthStatus = status === "rate-limited" && !limit.limited ? "idle" : status;
  const dialog = (
    <ReauthDialog
      open={open}
      email={email}
      status={shownStatus}
      retryIn={limit.secondsLeft}
      onSubmit={(password) => void submit(password)}
      onCancel={cancel}
      signInHref={signInHref}
    />
  );
  return { run, dialog };
}
