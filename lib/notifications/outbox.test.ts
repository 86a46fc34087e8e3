import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, DEMO } from "@/tests/helpers/actors";
import { confirmPhoneCode, removeMyPhone, requestPhoneCode, saveWhatsAppGateway, updateMyChannels } from "./mutations";
import { openSecret, sealSecret } from "@/lib/security/secret-box";
import { GATEWAY_TOKEN_PURPOSE, publicOnlyLookup } from "./gateway-request";
import { notify } from "./notify";
import { deliverPendingMessages, listFailedMessages, queueDueDigests } from "./outbox";
import { getWhatsAppGateway, myNotificationChannels } from "./queries";
import { saveWhatsAppGatewaySchema } from "./schemas";

// A real WhatsApp gateway stand-in on loopback: records every POST, answers `status`.
type Received = { auth: string | undefined; to: string; text: string };
const received: Received[] = [];
let status = 200;
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    const json = JSON.parse(body) as { to: string; text: string };
    received.push({ auth: req.headers.authorization, to: json.to, text: json.text });
    res.writeHead(status, { "content-type": "application/json" }).end("{}");
  });
});
const TOKEN = `tok-${crypto.randomUUID()}`;
let url = "";

describe("WhatsApp and digest outbox", () => {
  let official: Actor;
  let coordinator: Actor;
  let regencyId: string;

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
    official = await actorFor(DEMO.official);
    coordinator = await actorFor(DEMO.coordinator);
    regencyId = official.memberships[0].regencyId;
    expect(coordinator.memberships.some((m) => m.regencyId === regencyId)).toBe(true);
    await saveWhatsAppGateway(coordinator, { regencyId, url, token: TOKEN, template: "{{text}}\n{{link}}" });
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(async () => {
    received.length = 0;
    status = 200;
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "info").mockImplementation(() => {});
    await db.outboundMessage.deleteMany({});
    await db.notificationPreference.deleteMany({ where: { userId: official.id } });
  });
  afterEach(() => vi.restoreAllMocks());

  async function drain() {
    while ((await deliverPendingMessages(10)) > 0);
  }
  /** Verifies the official's number through the real flow: the code is read at the receiver. */
  async function verify(phone = "0812-3456-7890") {
    await requestPhoneCode(official, phone);
    await drain();
    const code = /\b(\d{6})\b/.exec(received.at(-1)?.text ?? "")?.[1];
    expect(code).toBeDefined();
    await confirmPhoneCode(official, code!);
    received.length = 0;
  }
  const notifyOfficial = (marker: string) =>
    db.$transaction((tx) =>
      notify(tx, [official.id], {
        kind: "issues.mentioned",
        regencyId,
        link: marker,
        params: { number: 42, title: "Jembatan putus", by: "Rina" },
      }),
    );

  it("verifies a number with a code sent through the gateway, then sends a notification once", async () => {
    await requestPhoneCode(official, "0812 3456 7890");
    await drain();
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe("+6281234567890");
    expect(received[0].auth).toBe(`Bearer ${TOKEN}`);
    const code = /\b(\d{6})\b/.exec(received[0].text)![1];
    // the code is stored hashed only, and the sent message no longer holds it
    const pref = await db.notificationPreference.findUniqueOrThrow({ where: { userId: official.id } });
    expect(JSON.stringify(pref)).not.toContain(code);
    expect((await db.outboundMessage.findFirstOrThrow({ where: { purpose: "verification" } })).body).toBe("");
    // a wrong code is refused; the right one verifies
    await expect(confirmPhoneCode(official, code === "000000" ? "111111" : "000000")).rejects.toMatchObject({
      userMessage: "notifications.channels.codeWrong",
    });
    await confirmPhoneCode(official, code);
    expect(await myNotificationChannels(official)).toMatchObject({ phone: "+6281234567890", whatsappEnabled: false });
    await updateMyChannels(official, { emailEnabled: true, whatsappEnabled: true, digestTime: "" });

    received.length = 0;
    const marker = `/issues/test-${crypto.randomUUID()}`;
    await notifyOfficial(marker);
    await drain();
    await drain();
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe("+6281234567890");
    expect(received[0].text).toContain("Rina menyebut Anda di ISU-42 Jembatan putus");
    expect(received[0].text).toContain(marker);
    // the audit rows of all this hold the number masked only, and never the token
    const audit = JSON.stringify(
      await db.auditEvent.findMany({
        where: { OR: [{ entityId: official.id }, { entityType: "whatsapp_gateway" }] },
        select: { changes: true },
      }),
    );
    expect(audit).toContain("+628…90"); // masked
    expect(audit).not.toContain("81234567890");
    expect(audit).not.toContain(TOKEN);
  });

  it("asking for codes is rate-limited, and a number cannot get WhatsApp before it is verified", async () => {
    await expect(
      updateMyChannels(official, { emailEnabled: true, whatsappEnabled: true, digestTime: "" }),
    ).rejects.toMatchObject({ userMessage: "notifications.channels.verifyFirst" });
    await requestPhoneCode(official, "081234567891");
    await expect(requestPhoneCode(official, "081234567891")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(requestPhoneCode(official, "12345")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("sends nothing to an unverified number, nor once the number is removed", async () => {
    // WhatsApp on with a number that was never verified (as if written past the form)
    await db.notificationPreference.create({
      data: { userId: official.id, whatsappEnabled: true, phone: "+6281200000000", pendingPhone: "+6281200000000" },
    });
    await notifyOfficial(`/issues/unverified-${crypto.randomUUID()}`);
    await drain();
    expect(received).toEqual([]);
    expect(await db.outboundMessage.count()).toBe(0);

    await db.notificationPreference.deleteMany({ where: { userId: official.id } });
    await verify();
    await updateMyChannels(official, { emailEnabled: true, whatsappEnabled: true, digestTime: "" });
    await notifyOfficial(`/issues/removed-${crypto.randomUUID()}`);
    await removeMyPhone(official); // before the sweep: the queued message finds no number
    await drain();
    expect(received).toEqual([]);
    expect(await db.outboundMessage.findFirstOrThrow({ where: { purpose: "notification" } })).toMatchObject({
      sentAt: null,
      cancelledAt: expect.any(Date),
    });
  });

  it("retries with a growing back-off when the gateway answers 500, then sends once; gives up after the last attempt", async () => {
    await verify();
    await updateMyChannels(official, { emailEnabled: true, whatsappEnabled: true, digestTime: "" });
    status = 500;
    await notifyOfficial(`/issues/retry-${crypto.randomUUID()}`);
    await drain();
    expect(received).toHaveLength(1); // tried once
    const first = await db.outboundMessage.findFirstOrThrow({ where: { purpose: "notification" } });
    expect(first).toMatchObject({ sentAt: null, failedAt: null, attempts: 1, error: "gateway answered HTTP 500" });
    expect(first.nextAt!.getTime()).toBeGreaterThan(Date.now());
    await drain();
    expect(received).toHaveLength(1); // not before its time
    await db.outboundMessage.update({ where: { id: first.id }, data: { nextAt: new Date(Date.now() - 1) } });
    await drain();
    const second = await db.outboundMessage.findUniqueOrThrow({ where: { id: first.id } });
    expect(second.attempts).toBe(2);
    expect(second.nextAt!.getTime() - Date.now()).toBeGreaterThan(first.nextAt!.getTime() - Date.now());
    status = 200;
    await db.outboundMessage.update({ where: { id: first.id }, data: { nextAt: new Date(Date.now() - 1) } });
    await drain();
    await drain();
    expect(received).toHaveLength(3);
    expect((await db.outboundMessage.findUniqueOrThrow({ where: { id: first.id } })).sentAt).not.toBeNull();

    // a message at its last attempt is failed and listed for the admin, without the number or token
    status = 500;
    await notifyOfficial(`/issues/failed-${crypto.randomUUID()}`);
    await db.outboundMessage.updateMany({ where: { sentAt: null }, data: { attempts: 9 } });
    await drain();
    const failed = await listFailedMessages(await actorFor(DEMO.admin));
    expect(failed?.[0]).toMatchObject({ channel: "whatsapp", error: "gateway answered HTTP 500" });
    expect(JSON.stringify(failed)).not.toContain("+62812");
    expect(await listFailedMessages(coordinator)).toBeNull();
  });

  it("a token sealed under another AUTH_SECRET (a restore elsewhere) fails visibly: save it again", async () => {
    const own = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-deployment-secret-value";
    const foreign = sealSecret(TOKEN, GATEWAY_TOKEN_PURPOSE);
    process.env.AUTH_SECRET = own;
    await db.whatsAppGateway.update({ where: { regencyId }, data: { token: foreign } });
    await requestPhoneCode(official, "081234567894");
    await drain();
    const m = await db.outboundMessage.findFirstOrThrow({ where: { purpose: "verification" } });
    expect(m.error).toMatch(/gateway token unreadable/);
    expect(received).toHaveLength(0);
    await saveWhatsAppGateway(coordinator, { regencyId, url, token: TOKEN, template: "{{text}}\n{{link}}" });
  });

  it("a gateway on the server's own network is refused when saved and again when sending (SSRF)", async () => {
    const problem = (url: string) =>
      saveWhatsAppGatewaySchema.safeParse({ regencyId, url, token: "", template: "{{text}}" }).error?.issues[0]
        ?.message;
    expect(problem("http://gw.example.org/send")).toBe("notifications.gateway.httpsOnly");
    for (const inside of [
      "https://169.254.169.254/latest/meta-data",
      "https://10.0.0.7/send",
      "https://[::1]:5432/",
      "https://[::ffff:127.0.0.1]/",
      "https://localhost/send",
      "https://db.internal/send",
    ])
      expect(problem(inside), inside).toBe("notifications.gateway.notPublic");
    expect(problem("https://user:secret@gw.example.org/send")).toBe("notifications.gateway.badUrl");
    expect(problem("https://gw.example.org/send")).toBeUndefined();
    expect(problem(url)).toBeUndefined(); // loopback that the operator allowed (MEKAR_WHATSAPP_HOSTS)

    // a row that bypassed the form (or an address that changed meaning) is refused at send time, unsent
    await db.whatsAppGateway.update({ where: { regencyId }, data: { url: "https://127.0.0.2:1/send" } });
    await requestPhoneCode(official, "081234567893");
    await drain();
    const m = await db.outboundMessage.findFirstOrThrow({ where: { purpose: "verification" } });
    expect(m.error).toBe("gateway address refused (notPublic)");
    expect(received).toHaveLength(0);
    // names are checked on the address they resolve to
    const resolved = await new Promise<string>((done) =>
      publicOnlyLookup("localhost", {}, (err) => done(err?.code ?? "resolved")),
    );
    expect(resolved).toBe("ENOTPUBLIC");
    await db.whatsAppGateway.update({ where: { regencyId }, data: { url } });
  });

  it("the token never leaves the server: not read back, kept when left blank, not in errors", async () => {
    const view = await getWhatsAppGateway(coordinator, regencyId);
    expect(view).toMatchObject({ url, tokenSet: true });
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    expect(await getWhatsAppGateway(official, regencyId)).toBeNull(); // officials do not manage it
    await saveWhatsAppGateway(coordinator, { regencyId, url, token: "", template: "Mekar: {{text}} {{link}}" });
    // kept, and stored sealed: a copy of the database does not give the token away
    const stored = (await db.whatsAppGateway.findUniqueOrThrow({ where: { regencyId } })).token;
    expect(stored).not.toContain(TOKEN);
    expect(openSecret(stored, GATEWAY_TOKEN_PURPOSE)).toBe(TOKEN);
    expect(openSecret(stored, "another-purpose")).toBeNull();
    await expect(
      saveWhatsAppGateway(official, { regencyId, url: "http://127.0.0.1:1/x", token: "t", template: "{{text}}" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // an unreachable gateway: the error says so without the token
    await db.whatsAppGateway.update({ where: { regencyId }, data: { url: "http://127.0.0.1:1/send" } });
    await requestPhoneCode(official, "081234567892");
    await drain();
    const m = await db.outboundMessage.findFirstOrThrow({ where: { purpose: "verification" } });
    expect(m.error).toMatch(/gateway unreachable/);
    expect(m.error).not.toContain(TOKEN);
    await saveWhatsAppGateway(coordinator, { regencyId, url, token: "", template: "{{text}}\n{{link}}" });
  });

  it("with a digest time, holds email and WhatsApp and sends one message per channel at the time", async () => {
    await verify();
    await updateMyChannels(official, { emailEnabled: true, whatsappEnabled: true, digestTime: "07:30" });
    const a = `/issues/digest-a-${crypto.randomUUID()}`;
    await notifyOfficial(a);
    await notifyOfficial(`/issues/digest-b-${crypto.randomUUID()}`);
    const held = await db.notification.findFirstOrThrow({ where: { link: a } });
    expect(held.emailMode).toBe("digest");
    // 07:30 in Jakarta is 00:30 UTC
    expect(held.digestAt!.getUTCHours() * 60 + held.digestAt!.getUTCMinutes()).toBe(30);
    await queueDueDigests(); // not due yet
    await drain();
    expect(received).toEqual([]);

    expect(await queueDueDigests(new Date(held.digestAt!.getTime() + 1000))).toBe(2); // email + WhatsApp
    expect(await queueDueDigests(new Date(held.digestAt!.getTime() + 2000))).toBe(0); // once
    await drain();
    expect(received).toHaveLength(1);
    expect(received[0].text).toContain("Ringkasan notifikasi Mekar Anda (2)");
    expect(received[0].text.match(/Jembatan putus/g)).toHaveLength(2);
    const email = await db.outboundMessage.findFirstOrThrow({ where: { channel: "email", purpose: "digest" } });
    expect(email.sentAt).not.toBeNull(); // logged without SMTP_URL
  });
});
