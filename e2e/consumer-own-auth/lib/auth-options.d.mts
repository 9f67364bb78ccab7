import type { BetterAuthOptions } from "better-auth";
import type pg from "pg";

type UserOptions = Omit<NonNullable<BetterAuthOptions["user"]>, "additionalFields"> & {
  additionalFields: { plan: { type: "string"; defaultValue: string; input: false } };
};

type AppAuthOptions = Omit<BetterAuthOptions, "user"> & { user: UserOptions };

export const pool: pg.Pool;
/** The app's better-auth options (lib/auth-options.mjs), typed so that `plan` is inferred. */
export const authOptions: AppAuthOptions;
export function appAuthOptions(pool: pg.Pool): AppAuthOptions;
