import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// A WhatsApp gateway stand-in on loopback, reached by the app server on the same machine:
// it records every POST {to, text} with its Authorization header.
type Received = { auth: string | undefined; to: string; text: string };
const received: Received[] = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    try {
      const json = JSON.parse(body) as { to: string; text: string };
      received.push({ auth: req.headers.authorization, to: json.to, text: json.text });
    } catch {
      // not a gateway call: ignore
    }
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});

test.beforeAll(() => new Promise<void>((r) => server.listen(0, "127.0.0.1", r)));
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test("a coordinator sets the WhatsApp gateway, an official verifies a number and gets an assignment on WhatsApp", async ({
  page,
  browser,
}) => {
  const port = (server.address() as AddressInfo).port;
  const token = `rahasia-${Date.now()}`;

  // the coordinator configures the regency's gateway; the token is never shown back
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/regencies/pangandaran");
  const gateway = page.locator("form", { has: page.getByLabel("Token") });
  // an address inside the server's own network (a cloud metadata service) is refused, nothing saved
  await gateway.getByLabel("Alamat gateway (URL)").fill("https://169.254.169.254/latest/meta-data");
  await gateway.getByLabel("Token").fill(token);
  await gateway.getByLabel("Templat pesan").fill("[Mekar] {{text}}\n{{link}}");
  await gateway.getByRole("button", { name: "Simpan" }).click();
  await expect(gateway.getByText("Alamat gateway harus alamat publik di internet", { exact: false })).toBeVisible();
  // the loopback stand-in is a host the operator allowed (MEKAR_WHATSAPP_HOSTS in playwright.config.ts)
  await gateway.getByLabel("Alamat gateway (URL)").fill(`http://127.0.0.1:${port}/kirim`);
  await gateway.getByLabel("Token").fill(token);
  await gateway.getByLabel("Templat pesan").fill("[Mekar] {{text}}\n{{link}}");
  await gateway.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Gateway WhatsApp disimpan.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Token tersimpan. Kosongkan untuk tetap memakainya.")).toBeVisible();
  expect(await page.content()).not.toContain(token);

  // the official adds a number, reads the code at the gateway, verifies it, turns WhatsApp on
  const officialContext = await browser.newContext();
  const official = await officialContext.newPage();
  await signedInAs(official, "pejabat@mekar.test");
  await official.goto("/account");
  await official.getByRole("textbox", { name: "Nomor WhatsApp" }).fill("0812 7777 1234");
  await official.getByRole("button", { name: "Kirim kode" }).click();
  await expect(official.getByText("Kode verifikasi dikirim lewat WhatsApp. Berlaku 10 menit.")).toBeVisible();
  await expect
    .poll(() => received.find((m) => m.to === "+6281277771234" && /kode verifikasi/i.test(m.text)), {
      timeout: 60_000,
    })
    .toBeTruthy();
  const codeMessage = received.find((m) => m.to === "+6281277771234")!;
  expect(codeMessage.auth).toBe(`Bearer ${token}`);
  expect(codeMessage.text.startsWith("[Mekar] Kode verifikasi Mekar Anda")).toBe(true);
  const code = /\b(\d{6})\b/.exec(codeMessage.text)![1];
  await official.reload();
  await official.getByLabel("Kode verifikasi (6 angka)").fill(code);
  await official.getByRole("button", { name: "Verifikasi" }).click();
  // the code form gives way to the verified number (only the owner sees it)
  await expect(official.getByTestId("whatsapp-phone")).toHaveText("Nomor terverifikasi: +6281277771234");
  await official.reload();
  await expect(official.getByTestId("whatsapp-phone")).toHaveText("Nomor terverifikasi: +6281277771234");
  await official.getByLabel("WhatsApp", { exact: true }).check();
  await official.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(official.getByText("Pilihan notifikasi disimpan.")).toBeVisible();

  // the number is the official's own: the admin's audit trail shows it masked only
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signedInAs(admin, "admin@mekar.test");
  for (const path of ["/audit", "/admin/users"]) {
    await admin.goto(path);
    expect(await admin.content()).not.toContain("81277771234");
  }
  await adminContext.close();

  // the coordinator assigns an issue to the official's position: it arrives on WhatsApp, once
  const title = `Jalan desa longsor di Cijulang ${Date.now()}`;
  await page.goto("/issues/new");
  await page.getByLabel("Judul isu").fill(title);
  await page.getByLabel("Kategori").selectOption({ label: "Batas wilayah" });
  await page.getByRole("button", { name: "Kirim usulan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  await page.goto("/issues/triage");
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Jabatan penanggung jawab").selectOption({ label: "Kepala Bappeda" });
  await page.getByRole("button", { name: "Terima dan tetapkan" }).click();
  await expect(page.getByText("Diterima; penanggung jawab: Kepala Bappeda")).toBeVisible();

  const about = () => received.filter((m) => m.to === "+6281277771234" && m.text.includes(title));
  await expect.poll(() => about().length, { timeout: 60_000 }).toBe(1);
  expect(about()[0].text).toMatch(/^\[Mekar\] .*ditetapkan ke jabatan Kepala Bappeda/);
  expect(about()[0].text).toMatch(/\/issues\/[0-9a-f-]{36}/);
  expect(about()[0].auth).toBe(`Bearer ${token}`);
  await officialContext.close();
});
