import { expect, test } from "@playwright/test";

// Every public page of both demo regencies, reached by following links from /r/<slug> and the
// feeds: none answers 404, and no link shows an internal id (a UUID) to the public.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const START = ["/r/pangandaran", "/r/malaka", "/r/pangandaran/feed.xml", "/r/malaka/feed.xml"];

/** Same-site paths of a page's links: href attributes (HTML, Atom) and <link>url</link> (RSS). */
function linksOf(body: string, origin: string): string[] {
  const raw = [...body.matchAll(/href="([^"]*)"/g), ...body.matchAll(/<link>([^<]*)<\/link>/g)].map((m) =>
    m[1].replaceAll("&amp;", "&"),
  );
  const paths: string[] = [];
  for (const href of raw) {
    const url = new URL(href, origin);
    if (url.origin === origin) paths.push(url.pathname + url.search);
  }
  return paths;
}

test("the public pages link only to pages that exist, never by internal id", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>(START);
  const queue = [...START];
  const broken: string[] = [];
  const leaking: string[] = [];
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift()!;
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() >= 400) broken.push(`${path} → ${res.status()}`);
    if (!/html|xml/.test(res.headers()["content-type"] ?? "")) continue;
    for (const link of linksOf(await res.text(), origin)) {
      if (UUID.test(link)) leaking.push(`${path} links ${link}`);
      // the public area only (the login link and the app's assets are not public pages)
      if (link.startsWith("/r/") && !seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(leaking).toEqual([]);
  // the demo's published pieces link their issues: those pages were reached too
  expect([...seen].some((p) => /^\/r\/pangandaran\/isu\/\d+$/.test(p))).toBe(true);
});
