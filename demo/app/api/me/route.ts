import { withSession } from "../../_lib/kit";

// GET /api/me: the caller's user as JSON; 401 with a JSON error without a session.
export const GET = withSession((_request, { session }) => Response.json({ user: session.user }));
