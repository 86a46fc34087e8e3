import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { senderHashOf } from "@/lib/aspirations/limits";
import { submitAspiration } from "@/lib/aspirations/submit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq } from "@/tests/helpers/actors";
import { getCardRegency } from "@/lib/regencies/public-queries";
import { hugePng, standInPhoto } from "@/tests/helpers/photo";
import { sweepStoredImages } from "./image-sweep";
import { copyOf, storeImageVariants, variantKey, type ImageFormat } from "./images";
import { objectStore } from "./storage";
import { readStoredFile, readStoredFileOrNull } from "./store";

// Rows and files as earlier versions of Mekar left them, brought up to date by one pass.

let uploads: string, humas: Actor, publicationId: string;
beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), "mekar-image-sweep-"));
  process.env.MEKAR_UPLOAD_DIR = uploads;
  humas = await actorFor(DEMO.humas);
  ({ id: publicationId } = await db.publication.findFirstOrThrow({
    where: { regency: { slug: "pangandaran" } },
    select: { id: true },
  }));
});
afterAll(() => rmSync(uploads, { recursive: true, force: true }));

const FORMATS: ImageFormat[] = ["avif", "webp", "jpg"];
const DECODED_AS = { avif: "heif", webp: "webp", jpg: "jpeg" } as const;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const GPS = {
  IFD0: { Make: "KameraWarga" },
  IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 39/1 0/1" },
};

let clock = Date.parse("2025-01-01T00:00:00Z");
/** A publication image row as an earlier version wrote it, its file stored as it was. */
async function oldImage(bytes: Buffer, ext: string, contentType: string, extra: object = {}) {
  const storageKey = `${randomUUID()}.${ext}`;
  await objectStore().put(storageKey, bytes, contentType);
  return db.publicationImage.create({
    data: {
      publicationId,
      uploadedById: humas.id,
      storageKey,
      fileName: `foto.${ext}`,
      contentType,
      sizeBytes: bytes.length,
      sha256: sha(bytes),
      createdAt: new Date((clock += 1000)),
      ...extra,
    },
  });
}

/** A citizen's aspiration whose photo was stored before copies existed. */
async function oldPhoto(bytes: Buffer) {
  const storageKey = `${randomUUID()}.jpg`;
  await objectStore().put(storageKey, bytes, "image/jpeg");
  const { code } = await submitAspiration({
    idempotencyKey: randomUUID(),
    regencySlug: "pangandaran",
    category: "pengaduan",
    text: "Jalan desa berlubang di depan sekolah dasar.",
    senderName: "Siti",
    senderContact: "siti@example.id",
    senderHash: senderHashOf(`10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`),
  });
  return db.aspiration.update({
    where: { code },
    data: { photoStorageKey: storageKey, photoSizeBytes: bytes.length },
  });
}

async function expectCopies(key: string, widths: number[], formats = FORMATS) {
  for (const width of widths)
    for (const format of formats) {
      const m = await sharp(await readStoredFile(variantKey(key, { width, format }))).metadata();
      expect([m.format, m.width, m.exif], `${key} ${width} ${format}`).toEqual([DECODED_AS[format], width, undefined]);
    }
}

// Each pass encodes real AVIF, WebP and JPEG copies: ~27 s on the 2-core box under load 13 (two
// suites at once), past the suite's 30 s hang guard. A longer guard, not a timed assertion.
describe("the image sweep", { timeout: 180_000 }, () => {
  it("brings images stored by earlier versions up to date in one pass, marks an unreadable one, and then has nothing to do", async () => {
    // unreadable, and the oldest: it must not keep the others from being fixed
    const broken = await oldImage(
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]),
      "jpg",
      "image/jpeg",
    );
    // stored after re-encoding but before AVIF copies: WebP and JPEG copies only
    const s = await storeImageVariants(await standInPhoto(1200, 800));
    for (const width of s.widths) await objectStore().delete(variantKey(s.storageKey, { width, format: "avif" }));
    const beforeAvif = await db.publicationImage.create({
      data: {
        publicationId,
        uploadedById: humas.id,
        fileName: "a.jpg",
        ...s,
        avif: false,
        createdAt: new Date((clock += 1000)),
      },
    });
    expect(copyOf(beforeAvif, 480, "avif")).toBeNull();
    // stored as uploaded, before re-encoding: a phone's JPEG with its GPS position, and a PNG
    const phoneJpeg = await sharp(await standInPhoto(2000, 1333))
      .withExif(GPS)
      .jpeg()
      .toBuffer();
    expect((await sharp(phoneJpeg).metadata()).exif?.includes(Buffer.from("KameraWarga"))).toBe(true);
    const asUploaded = await oldImage(phoneJpeg, "jpg", "image/jpeg");
    const png = await sharp(await standInPhoto(700, 500))
      .png()
      .toBuffer();
    const asUploadedPng = await oldImage(png, "png", "image/png");
    // a citizen's photo as every earlier version stored it (re-encoded, no copies), and one with EXIF
    const cleanJpeg = await sharp(await standInPhoto(1200, 900))
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    const photo = await oldPhoto(cleanJpeg);
    const photoWithGps = await oldPhoto(phoneJpeg);
    // the approved record keeps pointing at the same image row
    await db.publication.update({ where: { id: publicationId }, data: { imageId: asUploaded.id } });

    const seq = await lastAuditSeq();
    expect(await sweepStoredImages(20)).toEqual({ fixed: 5, failed: 1 });

    // AVIF copies from the stored master, named as uploads name them; the route now finds them
    const avifNow = await db.publicationImage.findUniqueOrThrow({ where: { id: beforeAvif.id } });
    expect(avifNow).toMatchObject({ storageKey: s.storageKey, avif: true, widths: [480, 960], sha256: s.sha256 });
    await expectCopies(s.storageKey, [480, 960]);
    const copy = copyOf(avifNow, 960, "avif")!;
    expect(copy.type).toBe("image/avif");
    expect((await sharp(await readStoredFile(copy.key)).metadata()).compression).toBe("av1");

    // re-encoded: a new master without the metadata, copies and share image, the row switched
    // in one update, the original gone, and an audit event from the old SHA-256 to the new one
    const jpegNow = await db.publicationImage.findUniqueOrThrow({ where: { id: asUploaded.id } });
    expect(jpegNow.storageKey).not.toBe(asUploaded.storageKey);
    expect(jpegNow).toMatchObject({ contentType: "image/jpeg", width: 1600, widths: [480, 960], avif: true });
    const master = await readStoredFile(jpegNow.storageKey);
    expect(jpegNow.sha256).toBe(sha(master));
    expect(jpegNow.sizeBytes).toBe(master.length);
    const meta = await sharp(master).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 1600, jpegNow.height, undefined]);
    expect(master.includes(Buffer.from("KameraWarga"))).toBe(false);
    await expectCopies(jpegNow.storageKey, [480, 960]);
    expect(copyOf(jpegNow, 480, "avif")?.key).toBe(variantKey(jpegNow.storageKey, { width: 480, format: "avif" }));
    const og = await sharp(await readStoredFile(variantKey(jpegNow.storageKey, "og"))).metadata();
    expect([og.width, og.height]).toEqual([1200, 630]);
    expect(await readStoredFileOrNull(asUploaded.storageKey)).toBeNull();
    expect((await db.publication.findUniqueOrThrow({ where: { id: publicationId } })).imageId).toBe(asUploaded.id);

    const pngNow = await db.publicationImage.findUniqueOrThrow({ where: { id: asUploadedPng.id } });
    expect(pngNow).toMatchObject({ contentType: "image/jpeg", width: 700, height: 500, widths: [480], avif: true });
    expect((await sharp(await readStoredFile(pngNow.storageKey)).metadata()).format).toBe("jpeg");
    await expectCopies(pngNow.storageKey, [480]);
    expect(await readStoredFileOrNull(asUploadedPng.storageKey)).toBeNull();

    const events = await auditSince(seq);
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["publication.image_reencoded", publicationId, null],
      ["publication.image_reencoded", publicationId, null],
    ]);
    expect(events[0].changes).toMatchObject({
      sha256: [asUploaded.sha256, jpegNow.sha256],
      contentType: ["image/jpeg", "image/jpeg"],
      sizeBytes: [phoneJpeg.length, jpegNow.sizeBytes],
    });

    // the citizen's re-encoded photo keeps its master and key; the copies are made beside it
    const photoNow = await db.aspiration.findUniqueOrThrow({ where: { id: photo.id } });
    expect(photoNow).toMatchObject({
      photoStorageKey: photo.photoStorageKey,
      photoWidth: 1200,
      photoHeight: 900,
      photoWidths: [480, 960],
    });
    expect((await readStoredFile(photo.photoStorageKey!)).equals(cleanJpeg)).toBe(true);
    await expectCopies(photo.photoStorageKey!, [480, 960]);
    // one that still had its EXIF is re-encoded and switched like a publication image
    const gpsNow = await db.aspiration.findUniqueOrThrow({ where: { id: photoWithGps.id } });
    expect(gpsNow.photoStorageKey).not.toBe(photoWithGps.photoStorageKey);
    expect(gpsNow).toMatchObject({ photoWidth: 1600, photoWidths: [480, 960] });
    const gpsMaster = await readStoredFile(gpsNow.photoStorageKey!);
    expect((await sharp(gpsMaster).metadata()).exif).toBeUndefined();
    expect(gpsMaster.includes(Buffer.from("KameraWarga"))).toBe(false);
    expect(gpsNow.photoSizeBytes).toBe(gpsMaster.length);
    await expectCopies(gpsNow.photoStorageKey!, [480, 960]);
    expect(await readStoredFileOrNull(photoWithGps.photoStorageKey!)).toBeNull();

    // the unreadable one is marked and left as it was (its file kept)
    const brokenNow = await db.publicationImage.findUniqueOrThrow({ where: { id: broken.id } });
    expect(brokenNow.upgradeFailedAt).not.toBeNull();
    expect(brokenNow).toMatchObject({ storageKey: broken.storageKey, width: null, widths: [], avif: false });
    expect(await readStoredFileOrNull(broken.storageKey)).not.toBeNull();

    // a second pass finds nothing: no work, no audit, the unreadable one not tried again
    const seq2 = await lastAuditSeq();
    expect(await sweepStoredImages(20)).toEqual({ fixed: 0, failed: 0 });
    expect(await auditSince(seq2)).toEqual([]);
    expect((await db.publicationImage.findUniqueOrThrow({ where: { id: broken.id } })).upgradeFailedAt).toEqual(
      brokenNow.upgradeFailedAt,
    );
  });

  it("takes only a few images per pass, so a tick never runs long", async () => {
    const bytes = await sharp(await standInPhoto(600, 400))
      .png()
      .toBuffer();
    for (let i = 0; i < 4; i++) await oldImage(bytes, "png", "image/png");
    expect(await sweepStoredImages()).toEqual({ fixed: 3, failed: 0 });
    expect(await sweepStoredImages()).toEqual({ fixed: 1, failed: 0 });
    expect(await sweepStoredImages()).toEqual({ fixed: 0, failed: 0 });
  });

  it("replaces a copy a crashed pass left half written before the row names it", async () => {
    const s = await storeImageVariants(await standInPhoto(1000, 700));
    const half = variantKey(s.storageKey, { width: 480, format: "avif" });
    const whole = await readStoredFile(half);
    await objectStore().delete(variantKey(s.storageKey, { width: 960, format: "avif" }));
    await objectStore().delete(half);
    await objectStore().put(half, whole.subarray(0, 100));
    const row = await db.publicationImage.create({
      data: { publicationId, uploadedById: humas.id, fileName: "b.jpg", ...s, avif: false },
    });
    expect(await sweepStoredImages()).toEqual({ fixed: 1, failed: 0 });
    expect((await db.publicationImage.findUniqueOrThrow({ where: { id: row.id } })).avif).toBe(true);
    await expectCopies(s.storageKey, [480, 960], ["avif"]);
  });
  it("re-encodes a regency emblem kept as uploaded once, audited; an unreadable one is marked and the others still done", async () => {
    const [broken, bomb, phone] = await db.regency.findMany({
      orderBy: { slug: "asc" },
      take: 3,
      select: { id: true, slug: true, version: true },
    });
    /** The emblem as an earlier version stored it: the upload's bytes, unchanged. */
    const oldLogo = async (regency: { id: string }, bytes: Buffer, contentType: string) => {
      const storageKey = `${randomUUID()}.${contentType === "image/png" ? "png" : "jpg"}`;
      await objectStore().put(storageKey, bytes, contentType);
      await db.regency.update({
        where: { id: regency.id },
        data: { logoStorageKey: storageKey, logoContentType: contentType, logoUpdatedAt: new Date((clock += 1000)) },
      });
      return storageKey;
    };
    // the oldest two cannot be read: they must not keep the third from being fixed
    const brokenKey = await oldLogo(
      broken,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
      "image/png",
    );
    const bombKey = await oldLogo(bomb, hugePng(20_000), "image/png");
    const photo = await sharp(await standInPhoto(1200, 900))
      .withExif(GPS)
      .jpeg({ quality: 80 })
      .toBuffer();
    const phoneKey = await oldLogo(phone, photo, "image/jpeg");

    const seq = await lastAuditSeq();
    expect(await sweepStoredImages(20)).toEqual({ fixed: 1, failed: 2 });

    // switched to a PNG without the metadata, at most 600 px, version bumped, the original gone
    const now = await db.regency.findUniqueOrThrow({ where: { id: phone.id } });
    expect(now.logoStorageKey).not.toBe(phoneKey);
    expect(now).toMatchObject({ logoContentType: "image/png", version: phone.version + 1, logoUpgradeFailedAt: null });
    expect(now.logoReencodedAt).not.toBeNull();
    const stored = await readStoredFile(now.logoStorageKey!);
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["png", 600, 450, undefined]);
    expect(stored.includes(Buffer.from("KameraWarga"))).toBe(false);
    expect(await readStoredFileOrNull(phoneKey)).toBeNull();
    const events = await auditSince(seq);
    expect(events.map((e) => [e.action, e.entityType, e.entityId, e.regencyId, e.actorId])).toEqual([
      ["regency.logo_reencoded", "regency", phone.id, phone.id, null],
    ]);
    expect(events[0].changes).toEqual({
      logo: [phoneKey, now.logoStorageKey],
      contentType: ["image/jpeg", "image/png"],
      sizeBytes: [photo.length, stored.length],
      sha256: [sha(photo), sha(stored)],
      width: [null, 600],
      height: [null, 450],
    });

    // the unreadable ones are marked and left as they were (files kept, version unchanged)
    for (const [regency, key] of [
      [broken, brokenKey],
      [bomb, bombKey],
    ] as const) {
      const left = await db.regency.findUniqueOrThrow({ where: { id: regency.id } });
      expect(left).toMatchObject({ logoStorageKey: key, logoReencodedAt: null, version: regency.version });
      expect(left.logoUpgradeFailedAt).not.toBeNull();
      expect(await readStoredFileOrNull(key)).not.toBeNull();
    }
    // a share card no longer draws the one that claims a huge picture; the re-encoded one it does
    expect(await getCardRegency(bomb.slug)).toMatchObject({ logoStorageKey: null, logoContentType: null });
    expect(await getCardRegency(phone.slug)).toMatchObject({ logoStorageKey: now.logoStorageKey });

    // a second pass has nothing to do
    const seq2 = await lastAuditSeq();
    expect(await sweepStoredImages(20)).toEqual({ fixed: 0, failed: 0 });
    expect(await auditSince(seq2)).toEqual([]);
    expect((await db.regency.findUniqueOrThrow({ where: { id: phone.id } })).version).toBe(phone.version + 1);
  });
});
