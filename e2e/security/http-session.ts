import type { DemoApp } from "../demo-app";
import { DEMO_PASSWORD } from "../demo-app";

/** A signed-in client over plain HTTP: the Cookie header it sends and the session token inside it. */
export interface HttpSession {
  email: string;
  cookie: string;
  token: string;
  /** The Set-Cookie headers of the sign-in answer, as the browser got them. */
  setCookies: string[];
}

export const SESSION_TOKEN_COOKIE = "__Secure-better-auth.session_token";
export const SESSION_DATA_COOKIE = "__Secure-better-auth.session_data";

export function cookieValue(cookie: string, name: string): string | undefined {
  for (const part of cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** Signs in through better-auth's endpoint as a browser on the app's own origin would. */
export async function signInOverHttp(app: DemoApp, email: string, password = DEMO_PASSWORD): Promise<HttpSession> {
  const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const setCookies = response.headers.getSetCookie();
  const cookie = setCookies.map((header) => header.split(";")[0] ?? "").filter((pair) => pair && !pair.endsWith("=")).join("; ");
  const signed = decodeURIComponent(cookieValue(cookie, SESSION_TOKEN_COOKIE) ?? "");
  return { email, cookie, token: signed.slice(0, signed.lastIndexOf(".")), setCookies };
}

export async function signUpOverHttp(app: DemoApp, email: string, name: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await fetch(`${app.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ email, password, name }),
  });
  if (response.status !== 200) throw new Error(`Sign-up of ${email} answered ${response.status}: ${await response.text()}`);
}

/** A POST to one of better-auth's endpoints (`path` under /api/auth) as the app's own pages send it. */
export function postAuth(app: DemoApp, path: string, cookie: string, body: unknown = {}): Promise<Response> {
  return fetch(`${app.url}/api/auth${path}`, { method: "POST", headers: { cookie, origin: app.url, "content-type": "application/json" }, body: JSON.stringify(body) });
}

export async function signOutOverHttp(app: DemoApp, session: HttpSession): Promise<number> {
  return (await postAuth(app, "/sign-out", session.cookie)).status;
}
