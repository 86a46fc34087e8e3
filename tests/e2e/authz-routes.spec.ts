import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { routeHandlers, serverActionModules } from "../helpers/server-actions";

// Route handlers that anyone may call; every other one must refuse an anonymous caller.
const PUBLIC_ROUTES: RegExp[] = [
  /^\/api\/health$/,
  /^\/api\/auth\//,
  /^\/r\//,
  /^\/join(\/|$)/,
  /^\/api\/live\/join/,
  /^\/api\/workshops\/join/,
  /^\/api\/participant/,
];

const DUMMY = "00000000-0000-4000-8000-000000000000";
const concrete = (p: string) => p.replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, DUMMY);

test("every route handler refuses an anonymous caller unless it is public", async ({ request }) => {
  const routes = routeHandlers().filter((r) => !PUBLIC_ROUTES.some((re) => re.test(r.path)));
  for (const r of routes) {
    const source = readFileSync(r.file, "utf8");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      if (!new RegExp(`export (async function|const) ${method}\\b|export \\{[^}]*\\b${method}\\b`).test(source))
        continue;
      const res = await request.fetch(concrete(r.path), {
        method,
        maxRedirects: 0,
        failOnStatusCode: false,
        data: method === "GET" ? undefined : {},
      });
      const status = res.status();
      const toLogin = status >= 300 && status < 400 && /\/login/.test(res.headers().location ?? "");
      expect([401, 403, 404].includes(status) || toLogin, `${method} ${r.path} answered ${status}`).toBe(true);
    }
  }
});

test("every server action in the build comes from an actions module the matrix test covers", async () => {
  const dist = process.env.E2E_DIST_DIR || ".next-e2e";
  const manifest = JSON.parse(readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const modules = new Set(serverActionModules());
  const outside = Object.values(manifest.node)
    .map((a) => a.filename)
    .filter((f) => !modules.has(f));
  expect(outside).toEqual([]);
  expect(Object.keys(manifest.node).length).toBeGreaterThan(5);
});
