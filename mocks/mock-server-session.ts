/**
 * What the mocked server remembers between requests: whether the current visitor has signed out, and
 * the organization a switch made active. A signed-in handler answers with its fixture until the
 * sign-out handler ends the session, as the real server does, with the switched-to organization.
 * Reset it between stories and tests with resetMockSession().
 */
let signedOut = false;
/** undefined: the fixture's own active organization. */
let activeOrganizationId: string | null | undefined;

export function resetMockSession(): void {
  signedOut = false;
  activeOrganizationId = undefined;
}

/** What the set-active handler records: the organization now active (null: the personal account). */
export function setMockActiveOrganization(organizationId: string | null): void {
  activeOrganizationId = organizationId;
}

/** The organization a mocked switch made active, or undefined when there was none. */
export function mockActiveOrganization(): string | null | undefined {
  return activeOrganizationId;
}

export function endMockSession(): void {
  signedOut = true;
}

export function isMockSessionEnded(): boolean {
  return signedOut;
}
