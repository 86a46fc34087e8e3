// Redirect targets taken from a request (login `next`, the language switch's `returnTo`,
// next-auth's callbackUrl) must stay on this site whatever they contain. Prefix checks miss
// what URL parsers forgive (tabs, CR/LF, backslashes, encoded slashes), so the target is
// resolved exactly as a browser would, against a dummy origin, and only a same-origin result
// is kept.
const DUMMY_ORIGIN = "http://mekar.invalid";

/** A path on this site (pathname + search + hash) for `raw`, or `fallback`. */
export function safeRedirectPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return fallback;
  // browsers strip these before parsing; a target that needs them is not one of ours
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  if (!raw.startsWith("/")) return fallback; // only paths: no scheme, no host, nothing relative
  let url: URL;
  try {
    url = new URL(raw, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== DUMMY_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // a path that starts with "//" would be read as a host by the next parser down the line
  return path.startsWith("//") ? fallback : path;
}
