import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storeLogo } from "@/lib/regencies/logo-image";
import { everyOnLeader } from "@/lib/sweeps/leader";
import {
  copyWidths,
  IMAGE_TYPES,
  MASTER_SIDE,
  MAX_INPUT_PIXELS,
  storeCopies,
  storeImageVariants,
  UnreadableImage,
  variantKey,
  type ImageFormat,
} from "./images";
import { objectStore } from "./storage";

// Brings images stored by earlier versions up to what an upload gets now (lib/files/images.ts),
// a few per tick on the instance that leads the sweeps:
//  - publication images with copies but no AVIF (stored before AVIF): the AVIF copies are made
//    from the stored master, then the row says avif.
//  - publication images never re-encoded (width null): the master is the upload as it came, maybe
//    with EXIF and its GPS position, served to the public. It is re-encoded like an upload, and the
//    row is switched to the new master in one update with an audit event (old → new type, size and
//    SHA-256); the original is deleted only after the row points to the new one. Nothing that is a
//    record is rewritten: the approved versions point to the image by id, which stays, and the
//    audit event of the upload (with the original's SHA-256) stays as it is, now followed by the one
//    that says the picture was re-encoded, so the change is not silent. ISO evidence files are
//    never touched (they must stay byte for byte).
//  - citizens' photos without copies (photoWidth null): every version re-encoded them on upload (a
//    JPEG without metadata, ≤ 1600 px), so the copies are made beside the stored master and its
//    key does not change. A stored photo that is not such a JPEG is re-encoded and switched instead.
//  - regency emblems kept as uploaded (logoReencodedAt null): printed on every kop and drawn on the
//    public share cards, maybe with a phone's GPS position or claiming a huge picture. Each is
//    re-encoded as an upload is now (lib/regencies/logo-image.ts: a PNG of at most 600 px without
//    metadata) and the regency switched to it in one update (only if it still names the old file;
//    version bumped) with an audit event (regency.logo_reencoded); the original is deleted after.
//    They go first: few, small, and public.
// Pages name a piece image by its bytes (lib/publications/image-url.ts) and the kop names the
// emblem by logoUpdatedAt, so no browser or proxy keeps showing an original from its cache. A crash leaves a working image: copies are written before the row names them
// (a half-written copy is replaced on the next try), and a re-encode's new files are unnamed until
// the switch (orphans at worst; the original is the orphan when the crash follows the switch).
// An image whose stored bytes are missing or unreadable is marked (upgradeFailedAt,
// photoUpgradeFailedAt, logoUpgradeFailedAt) and left as it is, never retried (a share card then
// draws no emblem: lib/regencies/public-queries.ts); a failing store or database ends the tick, and the next one retries.

const SWEEP_MS = 60_000;
/** Images per tick: a re-encode takes about a second of both cores. */
const BATCH = 3;
const ALL: readonly ImageFormat[] = ["avif", "webp", "jpg"];

export type ImageSweepResult = { fixed: number; failed: number };

const log = (m: string) => console.log(`[images] ${m}`);

/** A derived copy, written again when a crashed try left one (nothing reads it before the row names it). */
async function replaceCopy(key: string, bytes: Buffer): Promise<void> {
  const store = objectStore();
  const type = IMAGE_TYPES[key.slice(key.lastIndexOf(".") + 1) as ImageFormat];
  try {
    await store.put(key, bytes, type);
  } catch (e) {
    if (!(e instanceof AppError && e.code === "CONFLICT")) throw e;
    await store.delete(key);
    await store.put(key, bytes, type);
  }
}

/** The stored bytes and their header, after checking they decode (UnreadableImage otherwise). */
async function readDecodable(key: string) {
  const bytes = await objectStore().get(key); // missing: AppError NOT_FOUND
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
    await image.clone().stats(); // decodes every pixel
    return { bytes, meta: await image.metadata() };
  } catch (e) {
    throw new UnreadableImage(e);
  }
}

/** Removes a re-encode's files that no row names (another sweeper switched the row first). */
async function dropVariants(key: string, widths: number[], shareImage: boolean) {
  const store = objectStore();
  const keys = [key, ...widths.flatMap((width) => ALL.map((format) => variantKey(key, { width, format })))];
  if (shareImage) keys.push(variantKey(key, "og"));
  for (const k of keys) await store.delete(k);
}

type PendingImage = Awaited<ReturnType<typeof pendingImages>>[number];

function pendingImages(take: number) {
  return db.publicationImage.findMany({
    where: { upgradeFailedAt: null, OR: [{ width: null }, { avif: false }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      storageKey: true,
      contentType: true,
      sizeBytes: true,
      sha256: true,
      width: true,
      widths: true,
      publication: { select: { id: true, regencyId: true } },
    },
  });
}

async function addAvif(image: PendingImage): Promise<string> {
  const { bytes } = await readDecodable(image.storageKey);
  await storeCopies(image.storageKey, bytes, image.widths, ["avif"], replaceCopy);
  await db.publicationImage.updateMany({ where: { id: image.id, avif: false }, data: { avif: true } });
  return `AVIF copies at ${image.widths.join(", ") || "no width"} added`;
}

async function reencodeImage(image: PendingImage): Promise<string> {
  const stored = await storeImageVariants(await objectStore().get(image.storageKey)); // throws UnreadableImage
  const switched = await db.$transaction(async (tx) => {
    const { count } = await tx.publicationImage.updateMany({
      where: { id: image.id, storageKey: image.storageKey, width: null },
      data: {
        storageKey: stored.storageKey,
        contentType: stored.contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        width: stored.width,
        height: stored.height,
        widths: stored.widths,
        avif: stored.avif,
      },
    });
    if (count === 0) return false;
    const { publication } = image;
    await recordAudit(
      tx,
      null,
      "publication.image_reencoded",
      { type: "publication", id: publication.id, regencyId: publication.regencyId },
      {
        contentType: [image.contentType, stored.contentType],
        sizeBytes: [image.sizeBytes, stored.sizeBytes],
        sha256: [image.sha256, stored.sha256],
        width: [null, stored.width],
        height: [null, stored.height],
      },
    );
    return true;
  });
  if (!switched) {
    await dropVariants(stored.storageKey, stored.widths, true);
    return "already re-encoded elsewhere";
  }
  await objectStore().delete(image.storageKey);
  return `re-encoded (${image.contentType}, ${image.sizeBytes} bytes → ${stored.width}×${stored.height} JPEG, ${stored.sizeBytes} bytes)`;
}

type PendingLogo = { id: string; logoStorageKey: string | null; logoContentType: string | null };

async function reencodeLogo({ id, logoStorageKey, logoContentType }: PendingLogo): Promise<string> {
  const key = logoStorageKey!;
  const original = await objectStore().get(key); // missing: AppError NOT_FOUND
  const stored = await storeLogo(original); // throws UnreadableImage
  const switched = await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.regency.updateMany({
      where: { id, logoStorageKey: key, logoReencodedAt: null },
      data: {
        logoStorageKey: stored.storageKey,
        logoContentType: stored.contentType,
        logoUpdatedAt: now, // a new URL for the kop's image, so no browser keeps the original
        logoReencodedAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await recordAudit(
      tx,
      null,
      "regency.logo_reencoded",
      { type: "regency", id, regencyId: id },
      {
        logo: [key, stored.storageKey],
        contentType: [logoContentType, stored.contentType],
        sizeBytes: [original.length, stored.sizeBytes],
        sha256: [createHash("sha256").update(original).digest("hex"), stored.sha256],
        width: [null, stored.width],
        height: [null, stored.height],
      },
    );
    return true;
  });
  if (!switched) {
    await objectStore().delete(stored.storageKey);
    return "already re-encoded or replaced elsewhere";
  }
  await objectStore().delete(key);
  return `re-encoded (${logoContentType}, ${original.length} bytes → ${stored.width}×${stored.height} PNG, ${stored.sizeBytes} bytes)`;
}

type PendingPhoto = { id: string; photoStorageKey: string | null };

async function addPhotoCopies({ id, photoStorageKey }: PendingPhoto): Promise<string> {
  const key = photoStorageKey!;
  const { bytes, meta } = await readDecodable(key);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const asUploadsAreNow =
    key.endsWith(".jpg") &&
    meta.format === "jpeg" &&
    !meta.exif &&
    !meta.xmp &&
    !meta.iptc &&
    (meta.orientation ?? 1) === 1 &&
    Math.max(width, height) <= MASTER_SIDE;
  if (asUploadsAreNow) {
    const widths = copyWidths(width);
    await storeCopies(key, bytes, widths, ALL, replaceCopy);
    await db.aspiration.updateMany({
      where: { id, photoStorageKey: key, photoWidth: null },
      data: { photoWidth: width, photoHeight: height, photoWidths: widths },
    });
    return `copies at ${widths.join(", ") || "no width"} added`;
  }
  const stored = await storeImageVariants(bytes, { shareImage: false });
  const { count } = await db.aspiration.updateMany({
    where: { id, photoStorageKey: key, photoWidth: null },
    data: {
      photoStorageKey: stored.storageKey,
      photoSizeBytes: stored.sizeBytes,
      photoWidth: stored.width,
      photoHeight: stored.height,
      photoWidths: stored.widths,
    },
  });
  if (count === 0) {
    await dropVariants(stored.storageKey, stored.widths, false);
    return "already re-encoded elsewhere";
  }
  await objectStore().delete(key);
  return `re-encoded (${width}×${height} ${meta.format} → ${stored.width}×${stored.height} JPEG)`;
}

/**
 * Fixes one image; an unreadable or missing one is marked so no tick takes it again. Any other
 * error (the store, the database) is thrown: the tick ends and the next one retries.
 */
async function attempt(what: string, fix: () => Promise<string>, mark: () => Promise<unknown>): Promise<boolean> {
  try {
    log(`${what}: ${await fix()}`);
    return true;
  } catch (e) {
    const missing = e instanceof AppError && e.code === "NOT_FOUND";
    if (!missing && !(e instanceof UnreadableImage)) throw e;
    await mark();
    const cause = e instanceof UnreadableImage ? (e.cause as Error)?.message : "the stored file is missing";
    console.error(`[images] ${what}: ${missing ? "missing" : "unreadable"} (${cause}); left as it is, not retried`);
    return false;
  }
}

/**
 * One pass: up to `batch` regency emblems, then publication images, then citizens' photos, stored
 * before what uploads get now, each brought up to date (see above). Returns how many were fixed
 * and how many marked.
 */
export async function sweepStoredImages(batch = BATCH): Promise<ImageSweepResult> {
  const result: ImageSweepResult = { fixed: 0, failed: 0 };
  const count = (ok: boolean) => (ok ? result.fixed++ : result.failed++);
  const left = () => batch - result.fixed - result.failed;
  const logos = await db.regency.findMany({
    where: { logoStorageKey: { not: null }, logoReencodedAt: null, logoUpgradeFailedAt: null },
    orderBy: [{ logoUpdatedAt: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true, logoStorageKey: true, logoContentType: true },
  });
  for (const logo of logos)
    count(
      await attempt(
        `regency emblem ${logo.id}`,
        () => reencodeLogo(logo),
        () =>
          db.regency.updateMany({
            where: { id: logo.id, logoStorageKey: logo.logoStorageKey },
            data: { logoUpgradeFailedAt: new Date() },
          }),
      ),
    );
  if (left() <= 0) return result;
  for (const image of await pendingImages(left()))
    count(
      await attempt(
        `publication image ${image.id}`,
        () => (image.width === null ? reencodeImage(image) : addAvif(image)),
        () => db.publicationImage.updateMany({ where: { id: image.id }, data: { upgradeFailedAt: new Date() } }),
      ),
    );
  if (left() <= 0) return result;
  const photos = await db.aspiration.findMany({
    where: { photoStorageKey: { not: null }, photoWidth: null, photoUpgradeFailedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: left(),
    select: { id: true, photoStorageKey: true },
  });
  for (const photo of photos)
    count(
      await attempt(
        `aspiration photo ${photo.id}`,
        () => addPhotoCopies(photo),
        () => db.aspiration.updateMany({ where: { id: photo.id }, data: { photoUpgradeFailedAt: new Date() } }),
      ),
    );
  return result;
}

let timer: NodeJS.Timeout | null = null;

/**
 * Starts this process's image sweep (instrumentation.ts): a minute after start, then every
 * minute, on the instance that leads the sweeps (lib/sweeps/leader.ts). Once every image is up
 * to date a tick is two small queries.
 */
export function startImageSweep(everyMs = SWEEP_MS): void {
  timer ??= everyOnLeader("images", everyMs, () => sweepStoredImages());
}
