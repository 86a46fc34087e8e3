import { NextResponse, type NextRequest } from "next/server";
import { REGENCY_COOKIE, REGENCY_COOKIE_MAX_AGE, REGENCY_REF } from "@/lib/auth/regency-cookie";
import { CLEAR_SITE_DATA, SIGNED_OUT_COOKIE } from "@/lib/auth/signed-out";
import { contentSecurityPolicy, NONCE_HEADER } from "@/lib/security/csp";

// Sets the per-request CSP nonce, and turns a link's `?regency=malaka` into the working-regency
// cookie (then the same URL without it). Access decisions are made where the data is read: the
// cookie only says which of the actor's regencies to show (lib/auth/active-regency.ts).
export function proxy(request: NextRequest) {
  return afterLogout(request, answer(request));
}

/** The first response after a logout empties the phone's caches and storage (lib/auth/signed-out.ts). */
function afterLogout(request: NextRequest, response: NextResponse): NextResponse {
  if (!request.cookies.has(SIGNED_OUT_COOKIE)) return response;
  response.headers.set("Clear-Site-Data", CLEAR_SITE_DATA);
  response.cookies.delete(SIGNED_OUT_COOKIE);
  return response;
}

function answer(request: NextRequest): NextResponse {
  const ref = request.nextUrl.searchParams.get("regency");
  // only a page opened in the browser (an export or a feed fetched by a program is left alone)
  const page =
    request.headers.get("sec-fetch-dest") === "document" || /text\/html/.test(request.headers.get("accept") ?? "");
  if (ref !== null && request.method === "GET" && page) {
    const clean = request.nextUrl.clone();
    clean.searchParams.delete("regency");
    const response = NextResponse.redirect(clean, 303);
    if (REGENCY_REF.test(ref))
      response.cookies.set(REGENCY_COOKIE, ref, {
        path: "/",
        maxAge: REGENCY_COOKIE_MAX_AGE,
        sameSite: "lax",
        httpOnly: true,
      });
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};
