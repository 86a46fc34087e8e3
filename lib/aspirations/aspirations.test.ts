import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { variantKey } from "@/lib/files/images";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { syncAspirationNotifications } from "./attention-notify";
import { PER_ADDRESS_PER_HOUR, PER_REGENCY_PER_HOUR, senderHashOf } from "./limits";
import { answerAspiration, forwardAspiration, rejectAspiration, verifyAspiration } from "./mutations";
import { storeCitizenPhoto } from "./photo";
import { getAspirationByCode, getResponsiveness } from "./public-queries";
import { updateAspirationDeadlines } from "./settings-mutations";
import { submitAspiration, type PublicSubmission } from "./submit";

let uploads: string;
beforeAll(() => {
  uploads = mkdtempSync(path.join(tmpdir(), "mekar-asp-"));
  process.env.MEKAR_UPLOAD_DIR = uploads;
});
afterAll(() => rmSync(uploads, { recursive: true, force: true }));

const send = (over: Partial<PublicSubmission> = {}) =>
  submitAspiration({
    idempotencyKey: randomUUID(),
    regencySlug: "pangandaran",
    category: "pengaduan",
    text: "Jembatan gantung di Desa Sukaresik rusak, anak sekolah harus memutar jauh.",
    senderName: "Siti Rahmawati",
    senderContact: "siti.rahma@example.id",
    senderHash: senderHashOf(`10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`),
    ...over,
  });

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const rowOf = (code: string) =>
  db.aspiration.findUniqueOrThrow({ where: { code }, select: { id: true, version: true, regencyId: true } });

describe("the public form", () => {
  it("stores a received aspiration with its first-response deadline, audited without personal data, and tells the coordinator", async () => {
    const seq = await lastAuditSeq();
    const { code } = await send();
    const a = await db.aspiration.findUniqueOrThrow({ where: { code }, include: { events: true } });
    expect(a.status).toBe("received");
    expect(a.senderName).toBe("Siti Rahmawati");
    expect(a.dueAt.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    expect(a.events.map((e) => e.status)).toEqual(["received"]);
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(["aspiration.received"]);
    expect(audit[0].actorId).toBeNull();
    expect(JSON.stringify(audit[0].changes)).not.toMatch(/Siti|siti\.rahma/);
    expect(
      await db.notification.count({ where: { kind: "aspirations.received", link: `/aspirations/${a.id}` } }),
    ).toBeGreaterThan(0);
  });

  it("makes one aspiration of a double submit (same form key)", async () => {
    const key = randomUUID();
    const hash = senderHashOf(`double-${key}`);
    const [a, b] = await Promise.all([
      send({ idempotencyKey: key, senderHash: hash }),
      send({ idempotencyKey: key, senderHash: hash }),
    ]);
    expect(a.code).toBe(b.code);
    expect(await db.aspiration.count({ where: { senderHash: hash } })).toBe(1);
  });

  it("refuses what the honeypot caught and stores nothing", async () => {
    const hash = senderHashOf(`bot-${randomUUID()}`);
    const e = await refusal(send({ website: "http://spam.example", senderHash: hash }));
    expect(e.userMessage).toBe("aspirations.public.errors.refused");
    expect(await db.aspiration.count({ where: { senderHash: hash } })).toBe(0);
  });

  it("limits one address per hour, even sent all at once, and leaves other addresses alone", async () => {
    const hash = senderHashOf(`flood-${randomUUID()}`);
    const results = await Promise.allSettled(
      Array.from({ length: PER_ADDRESS_PER_HOUR + 3 }, () => send({ senderHash: hash })),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(await db.aspiration.count({ where: { senderHash: hash } })).toBe(PER_ADDRESS_PER_HOUR);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      const e = (r as PromiseRejectedResult).reason as AppError;
      expect(e.code).toBe("RATE_LIMITED");
      expect(e.userMessage).toBe("aspirations.public.errors.tooManyFromYou");
    }
    await expect(send()).resolves.toHaveProperty("code");
  });

  it("limits a regency per hour", async () => {
    const malaka = await regencyId("malaka");
    const marker = `limit-${randomUUID()}`;
    await db.aspiration.createMany({
      data: Array.from({ length: PER_REGENCY_PER_HOUR }, (_, i) => ({
        regencyId: malaka,
        code: `${marker}-${i}`,
        category: "aspirasi" as const,
        text: "isi",
        senderHash: `${marker}-${i}`,
        dueAt: new Date(Date.now() + 86_400_000),
        escalateAt: new Date(Date.now() + 2 * 86_400_000),
      })),
    });
    try {
      const e = await refusal(send({ regencySlug: "malaka" }));
      expect(e.userMessage).toBe("aspirations.public.errors.tooManyForRegency");
      await expect(send()).resolves.toHaveProperty("code"); // Pangandaran still takes them
    } finally {
      await db.aspiration.deleteMany({ where: { code: { startsWith: marker } } });
    }
  });

  it("refuses an issue that is not a public one of the regency", async () => {
    const e = await refusal(send({ issue: 999_999 }));
    expect(e.code).toBe("NOT_FOUND");
  });
});

describe("the citizen's photo", () => {
  it("loses its EXIF (GPS position included) and is at most 1600 px", async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#3a7" } })
      .jpeg()
      .withExif({
        IFD0: { Make: "KameraWarga" },
        IFD3: {
          GPSLatitudeRef: "S",
          GPSLatitude: "7/1 41/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "108/1 39/1 0/1",
        },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif?.includes(Buffer.from("KameraWarga"))).toBe(true);
    const stored = await storeCitizenPhoto(new File([new Uint8Array(jpeg)], "IMG_0001.jpg", { type: "image/jpeg" }));
    const bytes = readFileSync(path.join(uploads, stored.storageKey));
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.format).toBe("jpeg");
    expect(Math.max(meta.width!, meta.height!)).toBe(1600);
    expect(bytes.includes(Buffer.from("KameraWarga"))).toBe(false);
    expect(bytes.includes(Buffer.from("Exif\0"))).toBe(false);
    // narrower AVIF, WebP and JPEG copies for a slow link, without the metadata either; no share image
    expect(stored).toMatchObject({ width: 1600, height: 800, widths: [480, 960] });
    for (const width of stored.widths)
      for (const format of ["avif", "webp", "jpg"] as const) {
        const copy = readFileSync(path.join(uploads, variantKey(stored.storageKey, { width, format })));
        const m = await sharp(copy).metadata();
        expect([m.format, m.width, m.exif], `${width} ${format}`).toEqual([
          { avif: "heif", webp: "webp", jpg: "jpeg" }[format],
          width,
          undefined,
        ]);
        expect(copy.includes(Buffer.from("KameraWarga"))).toBe(false);
      }
    expect(existsSync(path.join(uploads, variantKey(stored.storageKey, "og")))).toBe(false);
  });

  it("that is no readable picture is refused as unreadable", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    const e = await refusal(storeCitizenPhoto(new File([new Uint8Array(broken)], "rusak.jpg", { type: "image/jpeg" })));
    expect(e.fieldErrors?.photo).toEqual(["aspirations.public.errors.photoUnreadable"]);
  });

  it("is checked by its bytes, not by the type the browser claims", async () => {
    const fake = new File(["<script>alert(1)</script>"], "foto.jpg", { type: "image/jpeg" });
    const e = await refusal(storeCitizenPhoto(fake));
    expect(e.fieldErrors?.photo).toEqual(["aspirations.public.errors.photoType"]);
  });
});

describe("the status page's reads", () => {
  it("opens only its own aspiration, in its own regency, and never the sender's name or contact", async () => {
    const mine = await send({ senderName: "Nama Rahasia Sekali", senderContact: "0899-1234-5678" });
    const other = await send();
    const page = await getAspirationByCode("pangandaran", mine.code.toLowerCase().replace(/-/g, " "));
    expect(page?.code).toBe(mine.code);
    expect(page?.code).not.toBe(other.code);
    const text = JSON.stringify(page);
    expect(text).not.toContain("Nama Rahasia Sekali");
    expect(text).not.toContain("0899-1234-5678");
    expect(text).not.toMatch(/senderName|senderContact|senderHash|photoStorageKey|authorId/);
    expect(await getAspirationByCode("malaka", mine.code)).toBeNull();
    expect(await getAspirationByCode("pangandaran", "ZZZZ-ZZZZ-ZZZZ")).toBeNull();
  });

  it("gives the public figures as numbers only", async () => {
    const speed = (await getResponsiveness(["pangandaran", "malaka"])).get("pangandaran")!;
    expect(Object.keys(speed).sort()).toEqual(["answered", "medianDays", "onTimeShare", "received", "slug"]);
    expect(speed.received).toBeGreaterThan(0);
    expect(speed.answered).toBeGreaterThan(0);
    expect(speed.onTimeShare).toBeGreaterThanOrEqual(0);
    expect(speed.onTimeShare).toBeLessThanOrEqual(1);
  });
});

describe("in the portal", () => {
  it("verify → forward to Bappeda → its official answers publicly; one audit row per step; the citizen reads the answer", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const official = await actorFor(DEMO.official); // holds Kepala Bappeda
    const { code } = await send();
    const a = await rowOf(code);
    const bappeda = await db.agency.findFirstOrThrow({ where: { regencyId: a.regencyId, shortName: "Bappeda" } });
    // before it is forwarded, the official does not see it
    await expect(
      answerAspiration(official, { id: a.id, version: a.version, body: "Jawaban terlalu dini", isPublic: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seq = await lastAuditSeq();
    await verifyAspiration(coordinator, { id: a.id, version: 1, tier: "standard" });
    await forwardAspiration(coordinator, { id: a.id, version: 2, agencyId: bappeda.id, days: 5 });
    expect(
      await db.notification.count({
        where: { userId: official.id, kind: "aspirations.forwarded", link: `/aspirations/${a.id}` },
      }),
    ).toBe(1);
    await answerAspiration(official, {
      id: a.id,
      version: 3,
      body: "Perbaikan jembatan masuk usulan Musrenbang 2027.",
      isPublic: true,
    });
    // a double submit of the same answer is refused as stale: one answer
    await expect(
      answerAspiration(official, {
        id: a.id,
        version: 3,
        body: "Perbaikan jembatan masuk usulan Musrenbang 2027.",
        isPublic: true,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(["aspiration.verified", "aspiration.forwarded", "aspiration.answered"]);
    expect(audit.every((e) => e.entityId === a.id && e.regencyId === a.regencyId)).toBe(true);
    const page = await getAspirationByCode("pangandaran", code);
    expect(page?.status).toBe("answered");
    const answer = page!.events.find((e) => e.kind === "answer")!;
    expect(answer).toMatchObject({
      body: "Perbaikan jembatan masuk usulan Musrenbang 2027.",
      agencyName: bappeda.name,
    });
    const row = await db.aspiration.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.answeredOnTime).toBe(true);
  });

  it("refuses across regencies and without the role", async () => {
    const { code } = await send();
    const a = await rowOf(code);
    const malakaCoordinator = await actorFor(DEMO.malakaCoordinator);
    const humas = await actorFor(DEMO.humas);
    const coordinator = await actorFor(DEMO.coordinator);
    await expect(verifyAspiration(malakaCoordinator, { id: a.id, version: 1, tier: "standard" })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    await expect(
      rejectAspiration(malakaCoordinator, { id: a.id, version: 1, reason: "Bukan urusan kami" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(verifyAspiration(humas, { id: a.id, version: 1, tier: "standard" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const malakaDinkes = await db.agency.findFirstOrThrow({ where: { regencyId: await regencyId("malaka") } });
    await expect(
      forwardAspiration(coordinator, { id: a.id, version: 1, agencyId: malakaDinkes.id, days: 5 }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect((await rowOf(code)).version).toBe(1);
  });

  it("rejects with a reason the citizen reads", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const { code } = await send();
    const a = await rowOf(code);
    await rejectAspiration(coordinator, { id: a.id, version: 1, reason: "Di luar kewenangan kabupaten." });
    const page = await getAspirationByCode("pangandaran", code);
    expect(page).toMatchObject({ status: "rejected", rejectReason: "Di luar kewenangan kabupaten." });
  });

  it("notifies an unanswered aspiration past its deadline once, escalates once, and again for a new deadline", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const { code } = await send();
    const a = await rowOf(code);
    const dinkes = await db.agency.findFirstOrThrow({ where: { regencyId: a.regencyId, shortName: "Dinkes" } });
    await forwardAspiration(coordinator, { id: a.id, version: 1, agencyId: dinkes.id, days: 5 });
    const now = new Date();
    await db.aspiration.update({
      where: { id: a.id },
      data: { dueAt: new Date(now.getTime() - 10 * 86_400_000), escalateAt: new Date(now.getTime() - 86_400_000) },
    });
    const count = (kind: string) => db.notification.count({ where: { kind, link: `/aspirations/${a.id}` } });
    expect(await syncAspirationNotifications(db, now)).toBeGreaterThan(0);
    const overdue = await count("aspirations.overdue");
    const escalated = await count("aspirations.escalated");
    expect(overdue).toBeGreaterThan(0);
    expect(escalated).toBeGreaterThan(overdue - 1); // the Bupati too
    // the sweep and a visit at the same moment: nothing twice
    expect(await Promise.all([syncAspirationNotifications(db, now), syncAspirationNotifications(db, now)])).toEqual([
      0, 0,
    ]);
    expect(await count("aspirations.escalated")).toBe(escalated);
    // forwarded again: a new deadline, which in turn is notified once when it passes
    await forwardAspiration(coordinator, { id: a.id, version: 2, agencyId: dinkes.id, days: 5 });
    await db.aspiration.update({ where: { id: a.id }, data: { dueAt: new Date(now.getTime() - 3_600_000) } });
    expect(await syncAspirationNotifications(db, now)).toBeGreaterThan(0);
    expect(await count("aspirations.overdue")).toBe(overdue * 2);
  });

  it("changes the regency's deadline tiers versioned and audited, only for the coordinator", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const official = await actorFor(DEMO.official);
    const id = await regencyId("pangandaran");
    const r = await db.regency.findUniqueOrThrow({ where: { id } });
    const input = {
      regencyId: id,
      version: r.version,
      aspirationFirstResponseDays: 2,
      aspirationStandardDays: 5,
      aspirationNoFieldCheckDays: 14,
      aspirationFieldCheckDays: 60,
    };
    await expect(updateAspirationDeadlines(official, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seq = await lastAuditSeq();
    await updateAspirationDeadlines(coordinator, input);
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(["regency.aspiration_deadlines_changed"]);
    expect(audit[0].changes).toEqual({ aspirationFirstResponseDays: [r.aspirationFirstResponseDays, 2] });
    await expect(updateAspirationDeadlines(coordinator, { ...input, aspirationStandardDays: 6 })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await updateAspirationDeadlines(coordinator, { ...input, version: r.version + 1, aspirationFirstResponseDays: 3 });
  });
});
