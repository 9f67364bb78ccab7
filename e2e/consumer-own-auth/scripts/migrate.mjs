// The app's tables, as better-auth's own migration makes them from the app's options.
import { getMigrations } from "better-auth/db/migration";
import { authOptions, pool } from "../lib/auth-options.mjs";

const { runMigrations, toBeCreated } = await getMigrations(authOptions);
await runMigrations();
console.log(`created ${toBeCreated.map((table) => table.table).join(", ")}`);
await pool.end();
