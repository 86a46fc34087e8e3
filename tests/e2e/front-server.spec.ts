import { expect, test } from "@playwright/test";

// What the real server answers to requests no browser of ours sends: next-auth's links use the
// site's address (not the listen address, not a client's forged forwarding headers), malformed
// requests get 4xx instead of 500, and oversized bodies get 413 in the reader's language.
test("next-auth's own redirects name this site, whatever forwarding headers the client forges", async ({
  request,
  baseURL,
}) => {
  const res = await request.get("/api/auth/signin", {
    maxRedirects: 0,
    headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" },
  });
  expect(res.status()).toBe(302);
  const location = res.headers()["location"];
  expect(new URL(location, baseURL).searchParams.get("callbackUrl")).toBe(new URL(baseURL!).origin);
  expect(location).not.toContain("0.0.0.0");
  expect(location).not.toContain("evil.example");
});

test("malformed requests get 4xx, not 500", async ({ request }) => {
  expect((await request.fetch("/", { method: "TRACE" })).status()).toBe(405);
  expect((await request.fetch("/", { method: "PROPFIND" })).status()).toBe(405);
  expect((await request.get("/r/%E0%A4%A")).status()).toBe(400);
  expect((await request.get("/r/pangandaran/%C3%28")).status()).toBe(400);
});

test("an oversized body gets a 413 page in the reader's language, not a 500", async ({ request }) => {
  const sent = await request.post("/api/auth/callback/credentials", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: Buffer.alloc(200 * 1024, "a"),
  });
  expect(sent.status()).toBe(413);
  expect(await sent.text()).toContain("Kiriman terlalu besar");
  const english = await request.post("/join/ABCDEF", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: "mekar-lang=en" },
    data: Buffer.alloc(200 * 1024, "a"),
  });
  expect(english.status()).toBe(413);
  expect(await english.text()).toContain("Too large to send");
});
