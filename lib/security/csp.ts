/**
 * The Content-Security-Policy of every page: scripts only with this request's nonce (Next.js
 * puts it on its own scripts; route handlers that return HTML read it from the x-nonce
 * request header), nothing framed, forms post only to us. Inline style attributes stay
 * allowed (charts set them); no inline script or event handler can run.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // the offline service worker (public/sw.js) and the web app manifest
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const NONCE_HEADER = "x-nonce";
