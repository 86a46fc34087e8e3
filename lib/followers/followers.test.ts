import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actorFor, DEMO } from "@/tests/helpers/actors";
import { listenSmtp, smtpServer } from "@/tests/helpers/smtp-server";
import { countFeedFetch, countView, isBot, reportedSubscribers } from "./attention";
import { hasWebhookSecret } from "./http";
import { confirmFollow, requestFollow, REQUESTS_PER_ADDRESS, stopAddress, unsubscribe } from "./mutations";
import { deliverFollowerMail, queueFollowerDigests } from "./outbox";
import { findPublicTarget, getPublicIssueFeed } from "./public-queries";
import { getIssuePublicInterest, getPublicAttention } from "./queries";
import { followSchema } from "./schemas";
import { isShareTarget, shareRedirect, whatsAppShareUrl } from "./share";
import { publicAttentionByIssue, weeklyAttention } from "./sql";
import { sha256 } from "./tokens";

// Following by email end to end against the seeded database, with an SMTP stand-in on loopback
// that records whole messages (headers too). The server's sweeper is not running: tests sweep.

const smtp = smtpServer();
let url = "";
beforeAll(async () => {
  url = await listenSmtp(smtp);
});
afterAll(() => new Promise<void>((r) => smtp.server.close(() => r())));
afterEach(() => {
  smtp.state.fail = false;
  smtp.state.refuse = false;
  vi.restoreAllMocks();
});
// other files of this worker may leave followers' mail behind: settle it so each test sees its own
beforeEach(async () => {
  await db.followerMail.updateMany({ where: { sentAt: null }, data: { cancelledAt: new Date() } });
});

const ISSUE_NUMBER = async (prefix: string) =>
  (await db.issue.findFirstOrThrow({ where: { title: { startsWith: prefix } }, select: { number: true } })).number;
const follow = async (
  email: string,
  target = "regency",
  mode = "now",
  ip = `10.0.0.${Math.floor(Math.random() * 250)}`,
) => requestFollow("pangandaran", followSchema.parse({ email, mode, target }), ip);
/** The quoted-printable soft breaks undone, the messages to `to`. */
const mailsTo = (to: string) =>
  smtp.messages.map((m) => m.replace(/=\r?\n/g, "").replace(/=3D/g, "=")).filter((m) => m.includes(`To: ${to}`));
const sweep = async () => {
  await queueFollowerDigests();
  while ((await deliverFollowerMail(10, url)) > 0);
};
const linkIn = (mail: string, path: string) => new RegExp(`${path}\\?(?:token|key)=([A-Za-z0-9_.-]+)`).exec(mail)?.[1];
const address = () => `warga.${crypto.randomUUID().slice(0, 8)}@contoh.id`;

async function postPublicNote(issueNumber: number, body: string) {
  const issue = await db.issue.findFirstOrThrow({
    where: { number: issueNumber, regency: { slug: "pangandaran" } },
    select: { id: true },
  });
  await db.issueUpdate.create({ data: { issueId: issue.id, kind: "note", body, isPublic: true, authorName: "Tes" } });
}

describe("following by email", () => {
  it("double opt-in: no mail before confirming, the token kept only as its hash, then the digest arrives", async () => {
    const email = address();
    const guru = await ISSUE_NUMBER("Kekurangan guru ASN");
    expect((await follow(email, `issue:${guru}`)).outcome).toBe("sent");
    const f = await db.follower.findFirstOrThrow({ where: { email } });
    expect(f.confirmedAt).toBeNull();
    await sweep();
    const [confirmMail] = mailsTo(email);
    expect(confirmMail).toContain("Konfirmasi");
    const token = linkIn(confirmMail, "/r/pangandaran/ikuti/konfirmasi")!;
    expect(token).toBeTruthy();
    const stored = await db.follower.findUniqueOrThrow({ where: { id: f.id } });
    expect(stored.confirmTokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await db.followerMail.findMany({ where: { followerId: f.id } }))).not.toContain(token);

    // a public note before confirming goes to nobody unconfirmed
    await postPublicNote(guru, `Catatan sebelum konfirmasi ${email}`);
    await sweep();
    expect(mailsTo(email)).toHaveLength(1);

    expect(await confirmFollow(token)).toBe("confirmed");
    expect(await confirmFollow(token)).toBe("confirmed"); // a second click changes nothing
    await postPublicNote(guru, "Formasi PPPK guru 2026 diusulkan 120 orang.");
    // an internal note is never news for the public
    const issueId = f.issueId!;
    await db.issueUpdate.create({ data: { issueId, kind: "note", body: "RAHASIA internal", authorName: "Tes" } });
    await sweep();
    const mails = mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]).toContain("Formasi PPPK guru 2026 diusulkan 120 orang.");
    expect(mails[1]).not.toContain("Catatan sebelum konfirmasi");
    expect(mails[1]).not.toContain("RAHASIA");
  });

  it("a confirmation link past its time, or unknown, confirms nothing", async () => {
    const email = address();
    await follow(email);
    await sweep();
    const token = linkIn(mailsTo(email)[0], "/r/pangandaran/ikuti/konfirmasi")!;
    await db.follower.updateMany({ where: { email }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmFollow(token)).toBe("expired");
    expect(await confirmFollow("x".repeat(32))).toBe("expired");
    expect((await db.follower.findFirstOrThrow({ where: { email } })).confirmedAt).toBeNull();
  });

  it("each item reaches a follower once, however many sweeps run at once; a double submit makes one subscription", async () => {
    const email = address();
    await Promise.all([follow(email), follow(email)]);
    expect(await db.follower.count({ where: { email } })).toBe(1);
    await sweep();
    expect(mailsTo(email)).toHaveLength(1); // one confirmation mail
    await confirmFollow(linkIn(mailsTo(email)[0], "/r/pangandaran/ikuti/konfirmasi")!);
    const jalan = await ISSUE_NUMBER("Jalan lingkar Pangandaran");
    await postPublicNote(jalan, `Pengaspalan ruas Cijulang 2 km selesai (${email}).`);
    await Promise.all([queueFollowerDigests(), queueFollowerDigests(), queueFollowerDigests()]);
    await sweep();
    await sweep();
    const digests = mailsTo(email).filter((m) => m.includes("Pengaspalan ruas Cijulang"));
    expect(digests).toHaveLength(1);
  });

  it("every mail has a one-click unsubscribe link and RFC 8058 headers; one click stops all mail", async () => {
    const email = address();
    await follow(email);
    await sweep();
    const confirmMail = mailsTo(email)[0];
    expect(confirmMail).toMatch(/List-Unsubscribe:\s*<[^>]*\/r\/pangandaran\/ikuti\/berhenti\?key=/);
    expect(confirmMail).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(confirmMail).not.toMatch(/<img|\.gif|pixel/i); // plain text, no tracking
    await confirmFollow(linkIn(confirmMail, "/r/pangandaran/ikuti/konfirmasi")!);
    await postPublicNote(await ISSUE_NUMBER("Penyerahan aset P3D"), "Serah terima 20 bidang tanah.");
    await sweep();
    const digest = mailsTo(email)[1];
    const key = linkIn(digest, "/r/pangandaran/ikuti/berhenti")!;
    expect(key).toBeTruthy();
    expect(await unsubscribe(key)).toBe("unsubscribed");
    expect(await unsubscribe(key)).toBe("unsubscribed"); // idempotent
    expect(await unsubscribe(`${key.split(".")[0]}.forged`)).toBe("invalid");
    await postPublicNote(await ISSUE_NUMBER("Penyerahan aset P3D"), "Serah terima tahap dua.");
    await sweep();
    expect(mailsTo(email)).toHaveLength(2);
    expect(await db.auditEvent.count({ where: { action: "follower.unsubscribed" } })).toBeGreaterThan(0);
  });

  it("a bounce or complaint (webhook) or a permanent SMTP refusal stops the address", async () => {
    const a = address();
    const b = address();
    for (const email of [a, b]) {
      await follow(email);
      await sweep();
      await confirmFollow(linkIn(mailsTo(email)[0], "/r/pangandaran/ikuti/konfirmasi")!);
    }
    expect(await stopAddress(a, "complaint")).toBe(1);
    smtp.state.refuse = true; // b's mailbox no longer exists
    await postPublicNote(await ISSUE_NUMBER("Jalan lingkar Pangandaran"), "Jembatan Cikembulan dibuka.");
    await sweep();
    smtp.state.refuse = false;
    expect((await db.follower.findFirstOrThrow({ where: { email: b } })).bouncedAt).not.toBeNull();
    await postPublicNote(await ISSUE_NUMBER("Jalan lingkar Pangandaran"), "Marka jalan dicat ulang.");
    await sweep();
    expect(mailsTo(a)).toHaveLength(1); // only the confirmation
    expect(mailsTo(b).filter((m) => m.includes("Marka jalan"))).toHaveLength(0);
    // a stopped address that asks again is told the same and gets nothing
    expect((await follow(b)).outcome).toBe("sent");
    await sweep();
    expect(mailsTo(b)).toHaveLength(1);
  });

  it("a weekly follower gets one digest a week, with everything new since the last one", async () => {
    const email = address();
    await follow(email, "regency", "weekly");
    await db.follower.updateMany({ where: { email }, data: { confirmedAt: new Date(), lastDigestAt: new Date() } });
    const p3d = await ISSUE_NUMBER("Penyerahan aset P3D");
    await postPublicNote(p3d, "Minggu ini: sertifikat 5 bidang terbit.");
    await sweep();
    expect(mailsTo(email).filter((m) => m.includes("sertifikat 5 bidang"))).toHaveLength(0); // not a week yet
    await db.follower.updateMany({ where: { email }, data: { lastDigestAt: new Date(Date.now() - 8 * 86_400_000) } });
    await postPublicNote(p3d, "Minggu ini juga: 3 gedung sekolah diserahkan.");
    await sweep();
    const weekly = mailsTo(email).filter((m) => m.includes("sertifikat 5 bidang"));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toContain("3 gedung sekolah diserahkan");
    await sweep();
    expect(mailsTo(email).filter((m) => m.includes("sertifikat 5 bidang"))).toHaveLength(1);
  });

  it("the webhook needs the shared secret", () => {
    const secret = "s".repeat(32);
    const req = (auth?: string) =>
      new Request("http://x/api/mail/events", { method: "POST", headers: auth ? { authorization: auth } : {} });
    expect(hasWebhookSecret(req(`Bearer ${secret}`), secret)).toBe(true);
    expect(hasWebhookSecret(req(`Bearer ${"t".repeat(32)}`), secret)).toBe(false);
    expect(hasWebhookSecret(req(), secret)).toBe(false);
    expect(hasWebhookSecret(req(`Bearer ${secret}`), undefined)).toBe(false);
  });

  it("rate limits requests per address in Postgres, and answers the same whether or not the address follows", async () => {
    const email = address();
    const first = await follow(email, "regency", "now", "10.1.1.1");
    expect(first.outcome).toBe("sent");
    await db.follower.updateMany({ where: { email }, data: { confirmedAt: new Date() } });
    const again = await follow(email, "regency", "now", "10.1.1.2");
    expect(again.outcome).toBe(first.outcome); // already following: nothing tells
    for (let i = 2; i < REQUESTS_PER_ADDRESS; i++) await follow(email, "regency", "now", `10.1.1.${i + 1}`);
    expect((await follow(email, "regency", "now", "10.1.1.99")).outcome).toBe("limited");
    const rows = await db.followerRequest.findMany({ select: { keyHash: true } });
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain("10.1.1.");
  });

  it("refuses what is not public: an internal issue, an unknown piece", async () => {
    const hidden = await db.issue.findFirstOrThrow({
      where: { isPublic: false, regency: { slug: "pangandaran" } },
      select: { number: true },
    });
    expect((await follow(address(), `issue:${hidden.number}`)).outcome).toBe("not_found");
    expect((await follow(address(), "piece:tidak-ada")).outcome).toBe("not_found");
  });
});

describe("followers' addresses stay private", () => {
  it("no public query, feed or figure carries an address", async () => {
    const email = address();
    const guru = await ISSUE_NUMBER("Kekurangan guru ASN");
    await follow(email, `issue:${guru}`);
    await db.follower.updateMany({ where: { email }, data: { confirmedAt: new Date() } });
    const regency = await db.regency.findUniqueOrThrow({ where: { slug: "pangandaran" }, select: { id: true } });
    const outputs = await Promise.all([
      findPublicTarget("pangandaran", { kind: "issue", ref: String(guru) }),
      getPublicIssueFeed("pangandaran", guru),
      publicAttentionByIssue(db, regency.id, new Date()),
      weeklyAttention(db, regency.id, new Date()),
      getPublicAttention(await actorFor(DEMO.coordinator), regency.id),
    ]);
    for (const o of outputs) expect(JSON.stringify(o)).not.toContain(email);
    // the audit trail names what is followed, never who
    const audit = await db.auditEvent.findMany({
      where: { action: { startsWith: "follower." } },
      select: { actorName: true, entityId: true, changes: true, ip: true, userAgent: true },
    });
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it("only the whole-regency view sees the public's attention; another regency's coordinator sees none of it", async () => {
    const pangandaran = await db.regency.findUniqueOrThrow({ where: { slug: "pangandaran" }, select: { id: true } });
    expect(await getPublicAttention(await actorFor(DEMO.coordinator), pangandaran.id)).not.toBeNull();
    expect(await getPublicAttention(await actorFor(DEMO.official), pangandaran.id)).toBeNull();
    expect(await getPublicAttention(await actorFor(DEMO.malakaCoordinator), pangandaran.id)).toBeNull();
    const issue = await db.issue.findFirstOrThrow({
      where: { regencyId: pangandaran.id, isPublic: true },
      select: { id: true },
    });
    expect(await getIssuePublicInterest(await actorFor(DEMO.malakaCoordinator), pangandaran.id, issue.id)).toBeNull();
  });
});

describe("the public's attention, counted without personal data", () => {
  const ip = "203.0.113.77";
  const ua = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 UniqueAgent-7d1";

  it("a view is a number per day: no IP, no user agent, no cookie; robots are not counted", async () => {
    const malaka = await db.regency.findUniqueOrThrow({ where: { slug: "malaka" }, select: { id: true } });
    const subject = { regencyId: malaka.id };
    const before = await db.publicAttentionDay.aggregate({
      where: { regencyId: malaka.id, subject: "regency" },
      _sum: { views: true },
    });
    await countView(subject, ua);
    await countView(subject, ua);
    await countView(subject, "Googlebot/2.1 (+http://www.google.com/bot.html)");
    await countView(subject, "WhatsApp/2.23.20.0");
    await countView(subject, null);
    const after = await db.publicAttentionDay.aggregate({
      where: { regencyId: malaka.id, subject: "regency" },
      _sum: { views: true },
    });
    expect((after._sum.views ?? 0) - (before._sum.views ?? 0)).toBe(2);
    const everything = JSON.stringify([await db.publicAttentionDay.findMany(), await db.feedReaderDay.findMany()]);
    expect(everything).not.toContain(ua);
    expect(everything).not.toContain("UniqueAgent");
    expect(everything).not.toContain(ip);
  });

  it("a feed reader is counted once a day, keyed by a hash; a reader's subscriber hint is kept", async () => {
    const malaka = await db.regency.findUniqueOrThrow({ where: { slug: "malaka" }, select: { id: true } });
    const issue = await db.issue.findFirstOrThrow({
      where: { regencyId: malaka.id, isPublic: true },
      select: { id: true },
    });
    const subject = { regencyId: malaka.id, issueId: issue.id };
    const sum = async () =>
      (await db.publicAttentionDay.aggregate({ where: { subject: issue.id }, _sum: { feedFetches: true } }))._sum
        .feedFetches ?? 0;
    const start = await sum();
    await countFeedFetch(subject, ip, ua);
    await countFeedFetch(subject, ip, ua);
    await countFeedFetch(subject, "198.51.100.1", ua);
    await countFeedFetch(subject, ip, "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 37 subscribers)");
    expect((await sum()) - start).toBe(3);
    const max = await db.publicAttentionDay.aggregate({
      where: { subject: issue.id },
      _max: { feedSubscribers: true },
    });
    expect(max._max.feedSubscribers).toBeGreaterThanOrEqual(37);
    expect(JSON.stringify(await db.feedReaderDay.findMany())).not.toContain(ip);
  });

  it("tells people from robots and reads subscriber hints", () => {
    expect(isBot("Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile Safari/537.36")).toBe(false);
    expect(isBot("facebookexternalhit/1.1")).toBe(true);
    expect(isBot("curl/8.5")).toBe(true);
    expect(isBot("")).toBe(true);
    expect(reportedSubscribers("Inoreader/1.0 (12 subscribers)")).toBe(12);
    expect(reportedSubscribers("Mozilla/5.0")).toBe(0);
  });
});

describe("the WhatsApp share redirect", () => {
  it("goes to wa.me only, whatever the request says", async () => {
    expect(isShareTarget("https://wa.me/?text=hi")).toBe(true);
    for (const bad of [
      "https://evil.example/?text=hi",
      "http://wa.me/?text=hi",
      "https://wa.me.evil.example/",
      "https://user@wa.me/",
      "https://wa.me:8443/",
      "javascript:alert(1)",
      "//wa.me/",
    ])
      expect(isShareTarget(bad)).toBe(false);
    expect(whatsAppShareUrl("Judul https://mekar.go.id/r/x")).toMatch(/^https:\/\/wa\.me\/\?text=/);
    const guru = await ISSUE_NUMBER("Kekurangan guru ASN");
    const res = await shareRedirect(
      new Request(`http://localhost/r/pangandaran/isu/${guru}/share?to=https://evil.example&url=//evil.example`, {
        headers: { "user-agent": "Mozilla/5.0 Firefox/140", host: "localhost" },
      }),
      "pangandaran",
      { kind: "issue", ref: String(guru) },
    );
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get("location")!).host).toBe("wa.me");
    const hidden = await db.issue.findFirstOrThrow({ where: { isPublic: false }, select: { number: true } });
    const missing = await shareRedirect(new Request("http://localhost/x"), "pangandaran", {
      kind: "issue",
      ref: String(hidden.number),
    });
    expect(missing.status).toBe(404);
  });
});

describe("the rising-interest flag on the seeded demo", () => {
  it("flags the public issue whose interest rises while it stalls, in Pangandaran and in Malaka", async () => {
    for (const [slug, flagged, quiet] of [
      ["pangandaran", "Kekurangan guru ASN", "Jalan lingkar Pangandaran"],
      ["malaka", "Aset daerah dari Kabupaten Belu", "Banjir tahunan Sungai Benanain"],
    ] as const) {
      const r = await db.regency.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const rows = await publicAttentionByIssue(db, r.id, new Date());
      expect(rows.find((x) => x.title.startsWith(flagged))?.flagged).toBe(true);
      expect(rows.find((x) => x.title.startsWith(quiet))?.flagged).toBe(false);
      const weeks = await weeklyAttention(db, r.id, new Date(), 8);
      expect(weeks).toHaveLength(8);
      expect(weeks.every((w) => w.views > 0)).toBe(true);
    }
  });
});
