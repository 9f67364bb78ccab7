import { createDatabase, migrateDatabase } from "session-kit/database";

const database = createDatabase();
const { applied } = await migrateDatabase(database);
console.log(`migrated ${database.description}: ${applied.join(", ") || "nothing to apply"}`);
await database.close();
