// Developer tool: signs in (optional) and saves PNG screenshots of pages, desktop and phone.
//   npx tsx scripts/screenshot.ts --base http://localhost:3000 --user koordinator@mekar.test --out /tmp/shots /dashboard /issues
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const base = opt("base", "http://localhost:3000")!;
const user = opt("user");
const out = opt("out", "/tmp/shots")!;
const lang = opt("lang", "id")!;
const paths = args.length ? args : ["/login"];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const [label, viewport] of [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  const ctx = await browser.newContext({ viewport, locale: "id-ID" });
  await ctx.addCookies([{ name: "mekar-lang", value: lang, url: base }]);
  const page = await ctx.newPage();
  if (user) {
    await page.goto(`${base}/login`);
    await page.locator("#email").fill(user);
    await page.locator("#password").fill(opt("password", "mekar-demo") ?? "mekar-demo");
    await page.locator("form button[type=submit]").click();
    await page.waitForURL(/dashboard/);
  }
  for (const p of paths) {
    await page.goto(`${base}${p}`);
    await page.waitForLoadState("networkidle").catch(() => {});
    const file = path.join(out, `${p.replace(/[^\w]+/g, "_") || "root"}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await ctx.close();
}
await browser.close();
