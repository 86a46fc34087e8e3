import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "../helpers/sessions";

// Every page and GET route of the app, taken from the app folder (a new one is swept as it lands),
// opened by a signed-in coordinator and by an anonymous visitor with query strings a hand or a
// crawler makes: too long, repeated, wrong type, out of range, broken encoding. A bad filter is
// ignored or refused (4xx); it never becomes a server error.
const HOSTILE_QUERIES = [
  "q=" + "x".repeat(5000) + "&after=1e300~1e300&sort=priority&page=-1&month=9999-99&v=abc&a=x&b=y",
  "after=99999999999999999999~99999999999999999999&province=%00&from=0000-00-00&to=2026-02-30",
  "after=2026-13-45~1&sort=due&stage=triage&stage=open&category[]=x&agency=not-a-uuid&position=%E0%A4%A",
  "next=%2F%09%2Fevil.example&returnTo=javascript:alert(1)&cursor=%FF%FE&lastEventId=-1&v=99999999999",
  // a day Postgres has no year for (the audit trail once answered 500), and one the calendar lacks
  "from=0000-01-01&to=0000-12-31&date=0000-01-01&day=2026-02-30&month=0000-01&opensOn=0000-01-01",
  "sort=due&after=0000-01-01~1",
  "sort=updated&after=0000-01-01T00:00:00.000Z~1",
  "after=0000-01-01T00:00:00.000Z~00000000-0000-4000-8000-000000000000&before=0000-01-01",
  "after=0000-01-01T00:00:00.000Z%7C00000000-0000-4000-8000-000000000000",
  "after=2026-01-01T00:00:00.000Z%7Cbukan-uuid&before=2026-01-01_bukan-uuid",
  "after=0000-01-01_00000000-0000-4000-8000-000000000000",
];

/** Dynamic segments get a plausible value: a demo slug, a number, or an id that exists nowhere. */
const SAMPLE: Record<string, string> = {
  slug: "pangandaran",
  regencySlug: "pangandaran",
  pieceSlug: "tidak-ada",
  issueId: "1",
  code: "ZZZZZZ",
};
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

function routes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("("))
        out.push(...routes(full, prefix)); // a route group adds no segment
      else if (name.startsWith("[..."))
        continue; // next-auth's catch-all has its own tests
      else if (name.startsWith("[")) out.push(...routes(full, `${prefix}/${SAMPLE[name.slice(1, -1)] ?? NO_SUCH_ID}`));
      else out.push(...routes(full, `${prefix}/${name}`));
    } else if (name === "page.tsx" || name === "route.ts") out.push(prefix || "/");
  }
  return out;
}

// SSE streams stay open by design: their guards are tested apart (workshops.spec.ts)
const ALL = [...new Set(routes())].filter((r) => !r.endsWith("/stream")).sort();

for (const who of ["koordinator@mekar.test", "anonymous"] as const) {
  test(`hostile query strings never give a server error (${who})`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({
      baseURL,
      storageState: who === "anonymous" ? undefined : storageStateFor(who),
      maxRedirects: 0,
    });
    expect(ALL.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const route of ALL)
      for (const query of HOSTILE_QUERIES) {
        const res = await request.get(`${route}?${query}`, { failOnStatusCode: false, timeout: 60_000 });
        if (res.status() >= 500) failures.push(`${res.status()} ${route}?${query.slice(0, 60)}`);
      }
    await request.dispose();
    expect(failures).toEqual([]);
  });
}
