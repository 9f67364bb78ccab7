/**
 * What the mocked server remembers between requests: whether the current visitor has signed out.
 * A signed-in handler answers with its fixture until the sign-out handler ends the session, as the
 * real server does. Reset it between stories and tests with resetMockSession().
 */
let signedOut = false;

export function resetMockSession(): void {
  signedOut = false;
}

export function endMockSession(): void {
  signedOut = true;
}

export function isMockSessionEnded(): boolean {
  return signedOut;
}
