// The app's tables, as better-auth's own migration makes them from the app's options, and its admin:
// a user like any other, named in APP_ADMIN_USER_IDS (the app has no admin plugin).
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { authOptions, pool } from "../lib/auth-options.mjs";

const { runMigrations, toBeCreated } = await getMigrations(authOptions);
await runMigrations();
console.log(`created ${toBeCreated.map((table) => table.table).join(", ")}`);
const auth = betterAuth({ ...authOptions, secret: "migration-only-secret-never-signs-a-real-cookie" });
const { user } = await auth.api.signUpEmail({ body: { email: "grace@example.com", password: "password1234", name: "Grace Hopper" } });
console.log(`admin user id: ${user.id}`);
await pool.end();
