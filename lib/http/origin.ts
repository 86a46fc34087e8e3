/**
 * Route handlers that change data accept only requests from our own pages: the Origin (or,
 * failing that, the Referer) must be this host. Server actions get the same check from Next.
 */
export function isSameOrigin(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  if (!host || !source) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
