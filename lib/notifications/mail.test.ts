import net from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actorFor, DEMO } from "@/tests/helpers/actors";
import { deliverPendingMail, listFailedMail, MAX_ATTEMPTS } from "./mail";
import { notify } from "./notify";
import { smtpServer } from "@/tests/helpers/smtp-server";

// Without SMTP_URL (as in tests) every notification email is written to the log instead. The
// server's sweeper is not running here: each test drains the outbox itself.
describe("notification emails (the outbox)", () => {
  afterEach(() => vi.restoreAllMocks());

  async function humas() {
    return db.user.findUniqueOrThrow({ where: { email: DEMO.humas }, select: { id: true, email: true } });
  }
  function mailLines(spy: { mock: { calls: unknown[][] } }, marker: string) {
    return spy.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("[mail]") && l.includes(marker));
  }
  async function drain() {
    while ((await deliverPendingMail(10)) > 0);
  }
  // other test files of this worker leave notifications behind (some for disabled accounts, which
  // count as handled, not sent): settle that backlog so each test sees only its own mail
  // and the recipient's channels may have been changed by another file (the authorization matrix
  // saves every action as every role): the mails here go to someone with the default, immediate email
  beforeEach(async () => {
    await db.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
    await db.notificationPreference.deleteMany({ where: { user: { email: DEMO.humas } } });
  });

  it("mails one line per recipient once the transaction has committed, and marks it sent", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    const count = await db.$transaction((tx) =>
      notify(tx, [u.id, u.id], {
        kind: "issues.mentioned",
        link: marker,
        params: { number: 7, title: "Jalan rusak", by: "Rina" },
      }),
    );
    expect(count).toBe(1);
    expect(await db.notification.findFirstOrThrow({ where: { link: marker } })).toMatchObject({ emailedAt: null });
    await drain();
    const lines = mailLines(spy, marker);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`to=${u.email}`);
    expect(lines[0]).toContain("Rina menyebut Anda di ISU-7 Jalan rusak");
    expect((await db.notification.findFirstOrThrow({ where: { link: marker } })).emailedAt).not.toBeNull();
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1); // never twice
  });

  it("a rolled-back transaction leaves nothing to send", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [u.id], {
          kind: "issues.mentioned",
          link: marker,
          params: { number: 8, title: "Batal", by: "Rina" },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await drain();
    expect(mailLines(spy, marker)).toEqual([]);
    expect(await db.notification.count({ where: { link: marker } })).toBe(0);
  });

  it("does not mail a deduplicated notification again", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    const n = {
      kind: "issues.stale",
      link: marker,
      dedupeKey: marker,
      params: { number: 9, title: "Lama", days: 20, position: "Kepala" },
    };
    await db.$transaction((tx) => notify(tx, [u.id], n));
    expect(await db.$transaction((tx) => notify(tx, [u.id], n))).toBe(0);
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1);
  });

  it("two sweepers at once (two server instances) send each email once", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 6; i++)
        await notify(tx, [u.id], {
          kind: "issues.mentioned",
          link: `${marker}/${i}`,
          params: { number: i, title: "Serentak", by: "Rina" },
        });
    });
    await Promise.all([drain(), drain(), drain()]);
    expect(mailLines(spy, marker)).toHaveLength(6);
  });

  it("an email whose sweeper died after claiming it goes out once its claim has run out", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await db.$transaction((tx) =>
      notify(tx, [u.id], {
        kind: "issues.mentioned",
        link: marker,
        params: { number: 10, title: "Tertunda", by: "Rina" },
      }),
    );
    // a sweeper claimed it and crashed before sending: nobody else touches it while the claim holds
    await db.notification.updateMany({
      where: { link: marker },
      data: { emailClaim: crypto.randomUUID(), emailClaimedUntil: new Date(Date.now() + 60_000) },
    });
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(0);
    await db.notification.updateMany({
      where: { link: marker },
      data: { emailClaimedUntil: new Date(Date.now() - 1) },
    });
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1);
  });
});

describe("notification emails over SMTP", () => {
  const smtp = smtpServer();
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((r) => smtp.server.listen(0, "127.0.0.1", r));
    url = `smtp://127.0.0.1:${(smtp.server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => smtp.server.close(() => r())));
  afterEach(() => {
    smtp.state.fail = false;
    vi.restoreAllMocks();
  });

  async function queue(marker: string, n = 1) {
    const u = await db.user.findUniqueOrThrow({ where: { email: DEMO.humas }, select: { id: true } });
    await db.notificationPreference.deleteMany({ where: { userId: u.id } }); // the default: email at once
    await db.$transaction(async (tx) => {
      for (let i = 0; i < n; i++)
        await notify(tx, [u.id], {
          kind: "issues.mentioned",
          link: `${marker}/${i}`,
          params: { number: i, title: "Lewat SMTP", by: "Rina" },
        });
    });
  }
  // the body is quoted-printable: soft line breaks ("=" at a line's end) may fall inside the marker
  const received = (marker: string) =>
    smtp.messages.map((m) => m.replace(/=\r?\n/g, "")).filter((m) => m.includes(marker));
  const sweep = async () => {
    while ((await deliverPendingMail(10, url)) > 0);
  };
  const row = (marker: string) => db.notification.findFirstOrThrow({ where: { link: `${marker}/0` } });

  it("delivers to the SMTP server and marks the mail sent", async () => {
    const marker = `/test/smtp/${crypto.randomUUID()}`;
    await queue(marker);
    await sweep();
    expect(received(marker)).toHaveLength(1);
    expect(received(marker)[0]).toContain(`To: ${DEMO.humas}`);
    expect(received(marker)[0]).toMatch(/Waktu: \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB/); // no regency: the deployment's zone
    expect(await row(marker)).toMatchObject({ emailAttempts: 1, emailFailedAt: null, emailClaim: null });
    expect((await row(marker)).emailedAt).not.toBeNull();
  });

  it("keeps a mail the server refuses, retries it later with growing back-off, and gives up visibly after the last attempt", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const marker = `/test/smtp/${crypto.randomUUID()}`;
    await queue(marker);
    smtp.state.fail = true;
    await sweep();
    const first = await row(marker);
    expect(first).toMatchObject({ emailedAt: null, emailFailedAt: null, emailAttempts: 1 });
    expect(first.emailError).toMatch(/451/);
    expect(first.emailNextAt!.getTime()).toBeGreaterThan(Date.now());
    await sweep(); // not due yet: not tried again
    expect((await row(marker)).emailAttempts).toBe(1);

    // its time has come, still failing: the wait grows
    await db.notification.updateMany({
      where: { link: `${marker}/0` },
      data: { emailNextAt: new Date(Date.now() - 1) },
    });
    const before = Date.now();
    await sweep();
    const second = await row(marker);
    expect(second.emailAttempts).toBe(2);
    expect(second.emailNextAt!.getTime() - before).toBeGreaterThan(
      first.emailNextAt!.getTime() - first.createdAt.getTime(),
    );

    // the server is back: the mail goes out once
    smtp.state.fail = false;
    await db.notification.updateMany({
      where: { link: `${marker}/0` },
      data: { emailNextAt: new Date(Date.now() - 1) },
    });
    await sweep();
    expect(received(marker)).toHaveLength(1);
    expect((await row(marker)).emailedAt).not.toBeNull();

    // a mail whose last attempt fails is marked failed and listed for the admin
    const lost = `/test/smtp/${crypto.randomUUID()}`;
    await queue(lost);
    await db.notification.updateMany({ where: { link: `${lost}/0` }, data: { emailAttempts: MAX_ATTEMPTS - 1 } });
    smtp.state.fail = true;
    await sweep();
    expect((await row(lost)).emailFailedAt).not.toBeNull();
    const failed = await listFailedMail(await actorFor(DEMO.admin));
    expect(failed!.map((f) => f.id)).toContain((await row(lost)).id);
    expect(await listFailedMail(await actorFor(DEMO.malakaCoordinator))).toBeNull();
  });

  it("two sweeps at once send each mail exactly once", async () => {
    const marker = `/test/smtp/${crypto.randomUUID()}`;
    await queue(marker, 8);
    await Promise.all([sweep(), sweep(), sweep()]);
    expect(received(marker)).toHaveLength(8);
    expect(new Set(received(marker).map((m) => m.match(new RegExp(`${marker}/\\d+`))![0])).size).toBe(8);
  });
});
