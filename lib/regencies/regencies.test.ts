import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/store";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { hugePng, standInPhoto } from "@/tests/helpers/photo";
import { MAX_LOGO_BYTES } from "./logo";
import {
  createMilestone,
  createObligation,
  createPotential,
  linkPotentialIssue,
  updateMilestone,
  updateObligation,
  updateObligationStatus,
  updatePotentialStatus,
  updateRegencyProfile,
  removeRegencyLogo,
  setRegencyLogo,
} from "./mutations";
import { getLineage, getRegencyBySlug, listObligations, listPotentials, listRegencies } from "./queries";
import { getPublicRegency } from "./public-queries";

let admin: Actor;
let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaranId: string;

beforeAll(async () => {
  [admin, coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.admin),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaranId = await regencyId("pangandaran");
});

describe("reading regencies", () => {
  it("lists only the actor's regencies; another regency's profile and registers are null/empty", async () => {
    const mine = await listRegencies(malaka, {});
    expect(mine.regencies.map((r) => r.slug)).toEqual(["malaka"]);
    expect((await listRegencies(admin, { q: "Pangandaran" })).regencies.map((r) => r.slug)).toContain("pangandaran");
    expect(await getRegencyBySlug(malaka, "pangandaran")).toBeNull();
    expect((await getRegencyBySlug(official, "pangandaran"))?.parent?.slug).toBe("ciamis");
    expect(await listObligations(malaka, pangandaranId)).toEqual([]);
    expect((await listPotentials(malaka, pangandaranId)).rows).toEqual([]);
    expect((await listObligations(coordinator, pangandaranId)).length).toBeGreaterThan(0);
  });

  it("shows the lineage across generations: parent above, every split below", async () => {
    const ciamis = await regencyId("ciamis");
    const grandchild = await db.regency.create({
      data: {
        code: "32.98",
        kind: "kabupaten",
        name: `Uji Lineage ${Date.now()}`,
        slug: `uji-lineage-${Date.now()}`,
        province: "Jawa Barat",
        parentId: pangandaranId,
        isDob: true,
        status: "persiapan",
      },
    });
    const fromCiamis = await getLineage(ciamis);
    expect(fromCiamis.find((n) => n.slug === "pangandaran")?.depth).toBe(1);
    expect(fromCiamis.find((n) => n.id === grandchild.id)?.depth).toBe(2);
    const fromPangandaran = await getLineage(pangandaranId);
    expect(fromPangandaran.find((n) => n.slug === "ciamis")?.depth).toBe(-1);
    await db.regency.delete({ where: { id: grandchild.id } });
  });

  it("the public profile exposes public fields only", async () => {
    const pub = await getPublicRegency("pangandaran");
    expect(pub?.name).toBe("Pangandaran");
    expect(Object.keys(pub!)).not.toContain("version");
    expect(pub!.leaders.every((l) => !("userId" in l) && !("profileNotes" in l))).toBe(true);
  });
});

describe("formation stages", () => {
  it("corrects a recorded stage with a version check; the audit keeps the old values; others cannot", async () => {
    const { id } = await createMilestone(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaranId,
      kind: "edob_evaluation",
      title: `Evaluasi DOB tahap I ${Date.now()}`,
      date: new Date("2025-06-30"),
      evidence: "Keputusan Mendagri No. 100.2-1",
      score: 61.5,
      notes: null,
    });
    const fix = {
      id,
      version: 1,
      kind: "edob_evaluation" as const,
      title: "Evaluasi DOB tahap I",
      date: new Date("2025-07-31"),
      evidence: "Keputusan Mendagri No. 100.2-17",
      score: 62.75,
      notes: null,
    };
    const before = await lastAuditSeq();
    await expect(updateMilestone(malaka, fix)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateMilestone(official, fix)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateMilestone(coordinator, fix);
    await expect(updateMilestone(coordinator, { ...fix, title: "Tulisan yang basi" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const audit = await auditSince(before);
    expect(audit.map((e) => e.action)).toEqual(["regency_milestone.updated"]);
    expect(audit[0].changes).toMatchObject({
      date: ["2025-06-30T00:00:00.000Z", "2025-07-31T00:00:00.000Z"],
      score: [61.5, 62.75],
      evidence: ["Keputusan Mendagri No. 100.2-1", "Keputusan Mendagri No. 100.2-17"],
    });
    expect(await db.regencyMilestone.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      score: 62.75,
      title: "Evaluasi DOB tahap I",
    });
  });
});

describe("the Ministry's obligations", () => {
  it("scopes and authorizes creation, audits once, and a repeated submit creates one record", async () => {
    const base = {
      regencyId: pangandaranId,
      title: `Penyerahan dokumen P3D ${Date.now()}`,
      aspect: "formation" as const,
      source: "UU 21/2012 Pasal 14",
      dueDate: new Date("2020-01-31"),
      responsiblePositionId: null,
      evidence: null,
    };
    await expect(createObligation(malaka, { ...base, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createObligation(official, { ...base, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const seq = await lastAuditSeq();
    const key = randomUUID();
    const a = await createObligation(coordinator, { ...base, idempotencyKey: key });
    const b = await createObligation(coordinator, { ...base, idempotencyKey: key });
    expect(b.id).toBe(a.id);
    expect(await db.ministryObligation.count({ where: { title: base.title } })).toBe(1);
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "ministry_obligation.created", changes: { title: [null, base.title] } });
    const row = (await listObligations(coordinator, pangandaranId)).find((o) => o.id === a.id)!;
    expect(row.overdue).toBe(true);
    // overdue ones come first
    const list = await listObligations(coordinator, pangandaranId);
    expect(list.findIndex((o) => !o.overdue)).toBeGreaterThan(list.findLastIndex((o) => o.overdue));
  });

  it("changes status with a version check (stale → CONFLICT); fulfilled is no longer overdue", async () => {
    const o = await db.ministryObligation.findFirstOrThrow({
      where: { regencyId: pangandaranId, status: { not: "fulfilled" }, dueDate: { lt: new Date() } },
    });
    await expect(
      updateObligationStatus(coordinator, {
        obligationId: o.id,
        version: o.version + 1,
        status: "fulfilled",
        evidence: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      updateObligationStatus(malaka, { obligationId: o.id, version: o.version, status: "fulfilled", evidence: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seq = await lastAuditSeq();
    await updateObligationStatus(coordinator, {
      obligationId: o.id,
      version: o.version,
      status: "fulfilled",
      evidence: "BA serah terima",
    });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({ status: [o.status, "fulfilled"] });
    expect((await listObligations(coordinator, pangandaranId)).find((r) => r.id === o.id)?.overdue).toBe(false);
  });
});

describe("correcting an obligation", () => {
  it("changes what was recorded with a version check; the responsible position must be the regency's own", async () => {
    const { id } = await createObligation(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaranId,
      title: `Penyerahan aset ${Date.now()}`,
      aspect: "formation",
      source: "UU 21/2012 Pasal 14",
      dueDate: new Date("2026-12-31"),
      responsiblePositionId: null,
      evidence: null,
    });
    const malakaPosition = await db.position.findFirstOrThrow({ where: { regency: { slug: "malaka" } } });
    const fix = {
      id,
      version: 1,
      title: "Penyerahan aset P3D",
      aspect: "formation" as const,
      source: "UU 21/2012 Pasal 15 ayat (2)",
      dueDate: new Date("2027-03-31"),
      responsiblePositionId: null,
    };
    await expect(
      updateObligation(coordinator, { ...fix, responsiblePositionId: malakaPosition.id }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(updateObligation(malaka, fix)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateObligation(official, fix)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seq = await lastAuditSeq();
    await updateObligation(coordinator, fix);
    await expect(updateObligation(coordinator, fix)).rejects.toMatchObject({ code: "CONFLICT" });
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["ministry_obligation.updated"]);
    expect(Object.keys(events[0].changes as object).sort()).toEqual(["dueDate", "source", "title"]);
  });
});

describe("regional potentials and the profile", () => {
  it("creates a potential, moves its status and links it to an issue of the same regency only", async () => {
    const { id } = await createPotential(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaranId,
      sector: "Perikanan",
      title: `Rumput laut Cijulang ${Date.now()}`,
      description: "",
      evidence: null,
      estimatedValue: 1_500_000_000,
    });
    const p = await db.regionalPotential.findUniqueOrThrow({ where: { id } });
    await expect(
      updatePotentialStatus(coordinator, { potentialId: id, version: p.version + 1, status: "studied" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await updatePotentialStatus(coordinator, { potentialId: id, version: p.version, status: "being_developed" });
    const malakaIssue = await db.issue.create({
      data: {
        regencyId: await regencyId("malaka"),
        number: 90000 + (Date.now() % 9000),
        title: "Isu Malaka",
        category: "economy_potential",
      },
    });
    await expect(linkPotentialIssue(coordinator, { potentialId: id, issueId: malakaIssue.id })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(linkPotentialIssue(malaka, { potentialId: id, issueId: malakaIssue.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await db.issue.create({
      data: {
        regencyId: pangandaranId,
        number: 90000 + (Date.now() % 9000),
        title: "Pengembangan rumput laut",
        category: "economy_potential",
      },
    });
    const seq = await lastAuditSeq();
    await linkPotentialIssue(coordinator, { potentialId: id, issueId: own.id });
    await linkPotentialIssue(coordinator, { potentialId: id, issueId: own.id });
    expect(await auditSince(seq)).toHaveLength(1);
    const row = (await listPotentials(coordinator, pangandaranId)).rows.find((r) => r.id === id)!;
    expect(row.status).toBe("being_developed");
    expect(row.issueLinks.map((l) => l.issue.id)).toEqual([own.id]);
    // three clicks at once (two tabs): one link, one audit row, and every click succeeds
    const again = await db.issue.create({
      data: {
        regencyId: pangandaranId,
        number: 80000 + (Date.now() % 9000),
        title: "Olahan ikan",
        category: "economy_potential",
      },
    });
    const mark = await lastAuditSeq();
    const click = () => linkPotentialIssue(coordinator, { potentialId: id, issueId: again.id });
    const results = await Promise.allSettled([click(), click(), click()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await auditSince(mark)).toHaveLength(1);
    expect(await db.regionalPotentialIssue.count({ where: { potentialId: id, issueId: again.id } })).toBe(1);
  });

  it("updates the profile figures with a diff, refusing stale versions", async () => {
    const r = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
    const input = {
      regencyId: pangandaranId,
      version: r.version,
      status: r.status,
      capital: "Parigi",
      formationLaw: r.formationLaw,
      formationDate: r.formationDate,
      areaKm2: r.areaKm2,
      population: 440000,
      districts: r.districts,
      figuresAsOf: "2026",
      figuresSource: "BPS Kabupaten Pangandaran 2026",
      address: r.address,
      phone: r.phone,
      email: r.email,
      website: r.website,
    };
    await expect(updateRegencyProfile(official, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateRegencyProfile(coordinator, { ...input, version: r.version + 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const seq = await lastAuditSeq();
    await updateRegencyProfile(coordinator, input);
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "regency.updated",
      changes: { population: [r.population, 440000], figuresAsOf: [r.figuresAsOf, "2026"] },
    });
  });

  it("takes the emblem only from the regency's coordinator, as a PNG/JPEG, audited once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mekar-logo-"));
    process.env.MEKAR_UPLOAD_DIR = dir;
    try {
      const png = new File([new Uint8Array(await emblemPng(40, 40))], "lambang.png", { type: "image/png" });
      const r = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      const input = { regencyId: pangandaranId, version: r.version, file: png };
      await expect(setRegencyLogo(official, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setRegencyLogo(malaka, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const svg = new File(["<svg><script>alert(1)</script></svg>"], "x.svg", { type: "image/svg+xml" });
      await expect(setRegencyLogo(coordinator, { ...input, file: svg })).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { file: ["regencies.logo.errors.type"] },
      });
      expect(readdirSync(dir)).toEqual([]); // nothing stored for a refused request
      const seq = await lastAuditSeq();
      await setRegencyLogo(coordinator, input);
      const events = await auditSince(seq);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "regency.logo_set" });
      const after = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      expect(after.logoContentType).toBe("image/png");
      expect(readdirSync(dir)).toEqual([after.logoStorageKey]);
      // a stale form is refused and leaves no file behind either
      await expect(setRegencyLogo(coordinator, input)).rejects.toMatchObject({ code: "CONFLICT" });
      expect(readdirSync(dir)).toEqual([after.logoStorageKey]);
      await removeRegencyLogo(coordinator, { regencyId: pangandaranId, version: after.version });
      expect((await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } })).logoStorageKey).toBeNull();
    } finally {
      delete process.env.MEKAR_UPLOAD_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("the emblem is stored re-encoded, never as uploaded", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), "mekar-logo-"));
      process.env.MEKAR_UPLOAD_DIR = dir;
    });
    afterAll(() => {
      delete process.env.MEKAR_UPLOAD_DIR;
      rmSync(dir, { recursive: true, force: true });
    });
    const upload = async (bytes: Buffer, name: string, type: string) => {
      const { version } = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      const file = new File([new Uint8Array(bytes)], name, { type });
      await setRegencyLogo(coordinator, { regencyId: pangandaranId, version, file });
      const r = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      return { regency: r, bytes: await readStoredFile(r.logoStorageKey!) };
    };

    it("a phone's JPEG loses its EXIF and GPS position, is turned upright, and the audit row has the stored file's fingerprint", async () => {
      const photo = await sharp(await standInPhoto(800, 600))
        .withExif(GPS)
        .withMetadata({ orientation: 6 }) // the phone was held upright: the pixels lie on their side
        .jpeg({ quality: 80 })
        .toBuffer();
      const before = await sharp(photo).metadata();
      expect([before.orientation, before.exif?.includes(Buffer.from("KameraWarga"))]).toEqual([6, true]);
      const seq = await lastAuditSeq();
      const { regency, bytes } = await upload(photo, "lambang.jpg", "image/jpeg");
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp]).toEqual([
        "png",
        450,
        600,
        undefined,
        undefined,
      ]);
      expect(bytes.includes(Buffer.from("KameraWarga"))).toBe(false);
      expect(regency).toMatchObject({ logoContentType: "image/png" });
      expect(regency.logoStorageKey).toMatch(/\.png$/);
      expect(regency.logoReencodedAt).not.toBeNull();
      const events = await auditSince(seq);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "regency.logo_set",
        changes: {
          fileName: [null, "lambang.jpg"],
          sizeBytes: [null, bytes.length],
          sha256: [null, createHash("sha256").update(bytes).digest("hex")],
        },
      });
    });

    it("an emblem wider than 600 px is stored 600 px wide, its transparency kept; a small one is not enlarged", async () => {
      const wide = await emblemPng(1500, 500);
      const { bytes } = await upload(wide, "lambang-lebar.png", "image/png");
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["png", 600, 200, true]);
      const small = await upload(await emblemPng(120, 90), "lambang-kecil.png", "image/png");
      const m = await sharp(small.bytes).metadata();
      expect([m.width, m.height]).toEqual([120, 90]);
    });

    it("a small PNG that claims a huge picture (a decompression bomb) is refused: no file, no audit row, the emblem unchanged", async () => {
      const bomb = hugePng(20_000);
      expect(bomb.length).toBeLessThan(MAX_LOGO_BYTES);
      const before = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      const files = readdirSync(dir);
      const seq = await lastAuditSeq();
      await expect(
        setRegencyLogo(coordinator, {
          regencyId: pangandaranId,
          version: before.version,
          file: new File([new Uint8Array(bomb)], "lambang.png", { type: "image/png" }),
        }),
      ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { file: ["regencies.logo.errors.unreadable"] } });
      // so is a file with the right first bytes and nothing readable after them
      const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
      await expect(
        setRegencyLogo(coordinator, {
          regencyId: pangandaranId,
          version: before.version,
          file: new File([new Uint8Array(broken)], "lambang.jpg", { type: "image/jpeg" }),
        }),
      ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { file: ["regencies.logo.errors.unreadable"] } });
      expect(readdirSync(dir)).toEqual(files);
      expect(await auditSince(seq)).toEqual([]);
      const after = await db.regency.findUniqueOrThrow({ where: { id: pangandaranId } });
      expect([after.logoStorageKey, after.version]).toEqual([before.logoStorageKey, before.version]);
    });
  });
});

const GPS = {
  IFD0: { Make: "KameraWarga" },
  IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 39/1 0/1" },
};

/** A stand-in emblem: a green disc on a transparent background. */
function emblemPng(width: number, height: number): Promise<Buffer> {
  const r = Math.min(width, height) / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="#047857"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
