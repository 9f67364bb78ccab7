import { type NextRequest, NextResponse } from "next/server";
import { safeCallbackPath } from "session-kit/server";
import { LANGUAGE_COOKIE, languageFrom } from "../_lib/locale";

const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/** GET /lang?set=ar&back=/home: remembers the language for a year, then returns to `back` (same site only). */
export function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  // A relative Location: the redirect never depends on the Host header.
  const response = new NextResponse(null, { status: 303, headers: { Location: safeCallbackPath(searchParams.get("back")) } });
  response.cookies.set(LANGUAGE_COOKIE, languageFrom(searchParams.get("set")), {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: ONE_YEAR_IN_SECONDS,
  });
  return response;
}
