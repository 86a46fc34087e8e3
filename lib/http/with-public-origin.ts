import "server-only";
import { NextRequest } from "next/server";
import { originFrom } from "./public-origin";

type RouteHandler = (request: NextRequest) => Promise<Response>;

/**
 * Route handlers see the URL Next built from its listen address (http://0.0.0.0:PORT);
 * next-auth builds its redirects from that URL. This hands them the site's public origin
 * instead (MEKAR_PUBLIC_URL, else the request's host), the same one every other link uses.
 */
export function withPublicOrigin(handler: RouteHandler): RouteHandler {
  return (request) => {
    const url = new URL(request.url);
    const origin = originFrom(request.headers);
    if (url.origin === origin) return handler(request);
    return handler(new NextRequest(new URL(url.pathname + url.search, origin), request));
  };
}
