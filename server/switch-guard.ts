import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";

/**
 * better-auth's `/organization/set-active`, asked for an organization the caller is not a member of
 * (a forged request, or a membership ended mid-switch), answers 403 but first clears the session's
 * active organization. This check runs before it: such a request answers the same 403 and changes
 * nothing. Switching to the personal account (`null`) and by slug go through untouched.
 */
export const switchGuard = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/organization/set-active") return;
  const organizationId = (ctx.body as { organizationId?: unknown } | undefined)?.organizationId;
  if (typeof organizationId !== "string" || organizationId === "") return;
  const current = await getSessionFromCtx(ctx);
  if (!current) return; // better-auth answers 401 itself
  const member = await ctx.context.adapter.findOne({
    model: "member",
    where: [
      { field: "organizationId", value: organizationId },
      { field: "userId", value: current.user.id },
    ],
  });
  if (!member) {
    throw new APIError("FORBIDDEN", { message: "User is not a member of the organization", code: "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION" });
  }
});
