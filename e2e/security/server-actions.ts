import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_BUILD_DIR } from "../demo-app";
import { rawRequest, type RawResponse } from "./raw-http";

/** The id Next.js gave a server action in this build (what a browser sends in the Next-Action header). */
export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(join(DEMO_BUILD_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action named ${exportedName} in ${DEMO_BUILD_DIR}: run npm run demo:build first.`);
  return entry[0];
}

export interface ActionCall {
  /** The page the action is posted to, as the browser does from that page. */
  page: string;
  actionId: string;
  args: unknown[];
  cookie?: string;
  /** Default: the app's own origin. */
  origin?: string;
}

/** Calls a server action exactly as React's client does: POST to the page, Next-Action header, JSON args. */
export function callServerAction(appUrl: string, call: ActionCall): Promise<RawResponse> {
  return rawRequest(appUrl, {
    method: "POST",
    target: call.page,
    headers: {
      accept: "text/x-component",
      "next-action": call.actionId,
      "content-type": "text/plain;charset=UTF-8",
      origin: call.origin ?? appUrl,
      ...(call.cookie ? { cookie: call.cookie } : {}),
    },
    body: JSON.stringify(call.args),
  });
}
