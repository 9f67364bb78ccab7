// session-kit/testing/e2e: end-to-end helpers for an app's own tests (Playwright; Node). They take the
// app's objects (its better-auth instance, Playwright's page) and import neither, so they add no
// dependency.
import { randomBytes, randomUUID } from "node:crypto";

/** What signIn needs of Playwright's Page or BrowserContext: its request context, which shares the browser's cookies. */
interface PlaywrightRequestContext {
  get(url: string): Promise<{ url(): string }>;
  post(url: string, options: { data: unknown; headers: Record<string, string> }): Promise<{ status(): number; text(): Promise<string> }>;
}
type PageOrContext = { request: PlaywrightRequestContext } | { context(): { request: PlaywrightRequestContext } };

export interface SignInOptions {
  email: string;
  password: string;
  /** The app's URL (default: the context's `baseURL`, as `page.goto("/")` uses). */
  baseURL?: string;
  /** Where the app mounts better-auth (its `basePath`). Default "/api/auth". */
  basePath?: string;
}

/**
 * Signs in through the app's auth API, as its sign-in form would, without the form: the session
 * cookies land in the page's browser context, so the next `page.goto("/home")` is signed in.
 */
export async function signIn(page: PageOrContext, { email, password, baseURL, basePath = "/api/auth" }: SignInOptions): Promise<void> {
  const request = "request" in page ? page.request : page.context().request;
  // better-auth wants the app's own Origin on a cookie-setting POST; without a baseURL, it is the one the context resolves to.
  const origin = new URL(baseURL ?? (await request.get(`${basePath}/ok`)).url()).origin;
  const response = await request.post(new URL(`${basePath}/sign-in/email`, origin).href, { data: { email, password }, headers: { origin } });
  if (response.status() !== 200) throw new Error(`signIn(${email}): ${origin}${basePath}/sign-in/email answered ${response.status()}: ${(await response.text()).slice(0, 200)}`);
}

/** What the helpers need of the app's better-auth instance. */
interface AuthWithApi {
  api: { signUpEmail(input: { body: { email: string; password: string; name: string } }): Promise<unknown> };
  $context: Promise<{
    internalAdapter: {
      findUserByEmail(email: string): Promise<{ user: { id: string; email: string; name: string } } | null>;
      updateUser(userId: string, data: Record<string, unknown>): Promise<unknown>;
      deleteUser(userId: string): Promise<void>;
      deleteUserSessions(userId: string): Promise<unknown>;
    };
  }>;
}

export interface TestUser {
  id: string;
  email: string;
  /** The password to sign in with (generated unless given). */
  password: string;
  name: string;
}

export interface CreateTestUserOptions {
  /** Default: a unique address at example.test. */
  email?: string;
  /** Default: a random one, returned. */
  password?: string;
  /** Default "Test User". */
  name?: string;
  /** Other user fields to set after sign-up: `{ role: "admin" }` with the admin plugin, the app's own fields. */
  fields?: Record<string, unknown>;
}

/**
 * A user made through the app's real sign-up (its password hashing, hooks and plugins), signed out
 * again, ready for signIn. Delete it with deleteTestUser.
 */
export async function createTestUser(auth: AuthWithApi, { email = `test-${randomUUID()}@example.test`, password = randomBytes(12).toString("base64url"), name = "Test User", fields }: CreateTestUserOptions = {}): Promise<TestUser> {
  await auth.api.signUpEmail({ body: { email, password, name } });
  const { internalAdapter } = await auth.$context;
  const found = await internalAdapter.findUserByEmail(email);
  if (!found) throw new Error(`createTestUser: signed up ${email}, but the app's auth does not find it`);
  if (fields && Object.keys(fields).length) await internalAdapter.updateUser(found.user.id, fields);
  // Sign-up may sign the user in (autoSignIn): the test decides where it signs in.
  await internalAdapter.deleteUserSessions(found.user.id);
  return { id: found.user.id, email, password, name };
}

/** Deletes a test user with its sessions and accounts (by the user, its id or its email); nothing if there is none. */
export async function deleteTestUser(auth: AuthWithApi, user: Pick<TestUser, "id"> | { email: string } | string): Promise<void> {
  const { internalAdapter } = await auth.$context;
  let id: string | undefined;
  if (typeof user === "string") id = user.includes("@") ? (await internalAdapter.findUserByEmail(user))?.user.id : user;
  else if ("id" in user) id = user.id;
  else id = (await internalAdapter.findUserByEmail(user.email))?.user.id;
  if (id) await internalAdapter.deleteUser(id);
}
