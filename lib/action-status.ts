/**
 * Where an action the user started stands (sign out, stop impersonating, end a device): one status,
 * passed to views as `status` and shown as `data-state`, never a pair of booleans.
 */
export type ActionStatus = "idle" | "pending" | "failed";
