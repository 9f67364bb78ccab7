import type { RawRequest } from "./raw-http";

export interface GateVariant extends RawRequest {
  name: string;
}

/** Spellings of /admin that a server, a proxy or a router might each read differently. */
const ADMIN_SPELLINGS = [
  "/admin",
  "/admin/",
  "/admin//",
  "//admin",
  "///admin/",
  "/ADMIN",
  "/Admin",
  "/aDmIn/",
  "/%61dmin",
  "/%41%44%4D%49%4E",
  "/admin%2F",
  "/%2Fadmin",
  "/%2fadmin%2f",
  "/%252Fadmin",
  "/%2e/admin",
  "/./admin",
  "/%2E%2E/admin",
  "/../admin",
  "/home/../admin",
  "/home/..%2Fadmin",
  "/home/%2e%2e/admin",
  "/home/%2E%2E%2Fadmin",
  "/home/%252e%252e/admin",
  "/x/..;/admin",
  "/admin/.",
  "/admin/./",
  "/admin/%2e",
  "/admin;",
  "/admin;jsessionid=1",
  "/;/admin",
  "/admin;/",
  "/admin?",
  "/admin?x=1",
  "/admin?callbackURL=%2Fadmin",
  "/admin#",
  "/admin#users",
  "/admin?#x",
  "/\\admin",
  "/%5Cadmin",
  "/admin\\",
  "/admin%5C",
  "/admin%20",
  "/admin%09",
  "/admin%00",
  "/admin/index",
  "/admin.rsc",
  "/admin.txt",
  "/index/../admin",
  "/admin/..%2Fadmin",
  "/ADMIN/%2e/",
];

/** Next.js's own request headers (client router, prefetch, internals) and classic proxy-bypass headers. */
const HEADER_VARIANTS: { name: string; target: string; headers: Record<string, string> }[] = [
  { name: "RSC: 1", target: "/admin", headers: { rsc: "1" } },
  { name: "RSC: 1 with _rsc", target: "/admin?_rsc=a1b2c", headers: { rsc: "1" } },
  { name: "_rsc without RSC header", target: "/admin?_rsc=a1b2c", headers: {} },
  { name: "RSC prefetch", target: "/admin?_rsc=p1", headers: { rsc: "1", "next-router-prefetch": "1" } },
  { name: "segment prefetch", target: "/admin?_rsc=s1", headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" } },
  {
    name: "RSC with router state tree",
    target: "/admin?_rsc=t1",
    headers: { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["admin", { children: ["__PAGE__", {}] }] }, null, null, true])) },
  },
  { name: "Accept text/x-component", target: "/admin", headers: { accept: "text/x-component" } },
  { name: "Purpose: prefetch", target: "/admin", headers: { purpose: "prefetch" } },
  { name: "Sec-Purpose: prefetch", target: "/admin", headers: { "sec-purpose": "prefetch;prerender" } },
  { name: "x-middleware-prefetch", target: "/admin", headers: { "x-middleware-prefetch": "1" } },
  { name: "forged x-middleware-subrequest (middleware)", target: "/admin", headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
  { name: "forged x-middleware-subrequest (proxy)", target: "/admin", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { name: "forged x-middleware-subrequest (src/)", target: "/admin", headers: { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" } },
  { name: "x-nextjs-data", target: "/admin", headers: { "x-nextjs-data": "1" } },
  { name: "x-invoke-path on /", target: "/", headers: { "x-invoke-path": "/admin", "x-invoke-query": "%7B%7D" } },
  { name: "x-matched-path on /home", target: "/home", headers: { "x-matched-path": "/admin" } },
  { name: "X-Original-URL on /", target: "/", headers: { "x-original-url": "/admin" } },
  { name: "X-Rewrite-URL on /", target: "/", headers: { "x-rewrite-url": "/admin" } },
  { name: "Next-URL on /home (interception)", target: "/home?_rsc=i1", headers: { rsc: "1", "next-url": "/admin" } },
  { name: "x-forwarded-host", target: "/admin", headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } },
  { name: "x-forwarded-for loopback", target: "/admin", headers: { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" } },
];

const METHODS = ["HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Every request in the corpus, for a gate that must answer the seeded users' list to admins only.
 * `appUrl` gives the absolute-form request target; the action ids are this build's real ones.
 */
export function adminGateCorpus(options: { appUrl: string; endSessionsActionId: string; updateNameActionId: string; victimUserId: string }): GateVariant[] {
  const { appUrl, endSessionsActionId, updateNameActionId, victimUserId } = options;
  const action = (name: string, target: string, actionId: string, body: string, contentType = "text/plain;charset=UTF-8"): GateVariant => ({
    name,
    method: "POST",
    target,
    headers: { accept: "text/x-component", "next-action": actionId, "content-type": contentType },
    body,
  });
  const boundary = "----session-kit-security";
  return [
    ...ADMIN_SPELLINGS.map((target) => ({ name: `GET ${target}`, target })),
    { name: "absolute-form request target", target: `${appUrl}/admin` },
    { name: "absolute-form with another host", target: "http://evil.example/admin" },
    ...HEADER_VARIANTS,
    ...METHODS.map((method) => ({ name: `${method} /admin`, method, target: "/admin", ...(method === "HEAD" || method === "OPTIONS" ? {} : { body: "" }) })),
    { name: "POST form to /admin", method: "POST", target: "/admin", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "x=1" },
    action("server action (End sessions) on /admin", "/admin", endSessionsActionId, JSON.stringify([{ userId: victimUserId }])),
    action("server action (End sessions) on /ADMIN/", "/ADMIN/", endSessionsActionId, JSON.stringify([{ userId: victimUserId }])),
    action("server action (End sessions) posted to /home/settings", "/home/settings", endSessionsActionId, JSON.stringify([{ userId: victimUserId }])),
    action("server action (End sessions) posted to /", "/", endSessionsActionId, JSON.stringify([{ userId: victimUserId }])),
    action(
      "server action (End sessions) as multipart",
      "/admin",
      endSessionsActionId,
      `--${boundary}\r\nContent-Disposition: form-data; name="1_userId"\r\n\r\n${victimUserId}\r\n--${boundary}--\r\n`,
      `multipart/form-data; boundary=${boundary}`,
    ),
    action("server action with an unknown id on /admin", "/admin", "00".repeat(21), "[]"),
    action("another page's action (Update name) on /admin", "/admin", updateNameActionId, JSON.stringify([{ name: "" }])),
  ];
}

/**
 * What only the admin page shows: its users table and rows, in HTML and in the RSC payload. (The seeded
 * addresses themselves are no marker: the public start page lists them as sign-in hints.)
 */
export const ADMIN_CONTENT_MARKERS = ["admin-user-row", 'aria-label="Users"', '"aria-label":"Users"'];

export function adminContentIn(body: string): string | null {
  return ADMIN_CONTENT_MARKERS.find((marker) => body.includes(marker)) ?? null;
}
