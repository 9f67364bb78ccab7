import { delay, HttpResponse, http } from "msw";
import { setMockActiveOrganization } from "./mock-server-session";

export const SET_ACTIVE_ORGANIZATION_URL = "*/api/auth/organization/set-active";

/**
 * `POST /api/auth/organization/set-active` (the account switcher): succeeds (get-session then answers
 * with the new active organization), refuses with better-auth's 403 for a non-member, or never answers.
 */
export const setActiveOrganizationHandlers = {
  success: http.post(SET_ACTIVE_ORGANIZATION_URL, async ({ request }) => {
    const { organizationId } = (await request.json()) as { organizationId: string | null };
    setMockActiveOrganization(organizationId);
    return HttpResponse.json(organizationId ? { id: organizationId } : null);
  }),
  forbidden: http.post(SET_ACTIVE_ORGANIZATION_URL, () =>
    HttpResponse.json({ message: "User is not a member of the organization", code: "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION" }, { status: 403 }),
  ),
  pending: http.post(SET_ACTIVE_ORGANIZATION_URL, async () => {
    await delay("infinite");
    return HttpResponse.json(null);
  }),
};
