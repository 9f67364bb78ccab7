import { betterAuth } from "better-auth";
import { authOptions, pool } from "./auth-options.mjs";

export { pool };
export const auth = betterAuth(authOptions);
