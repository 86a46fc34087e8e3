import "server-only";
import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { objectStore } from "./storage";

// Images people upload are never served as uploaded: each is decoded and encoded again (which
// drops EXIF with its GPS position, XMP, comments and anything appended), turned upright, and
// kept at a few widths in WebP and JPEG, so a phone on a slow link fetches the width it shows.

/** PNG, JPEG or WebP by their first bytes (what the browser claims is not trusted). */
export function imageKindOf(bytes: Uint8Array): "png" | "jpeg" | "webp" | null {
  const b = Buffer.from(bytes.subarray(0, 12));
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 12 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP") return "webp";
  return null;
}

/** The widths kept besides the master (never wider than the upload). */
export const IMAGE_WIDTHS = [480, 960] as const;
/** The master's longer side, and the share card's size. */
export const MASTER_SIDE = 1600;
export const OG_SIZE = { width: 1200, height: 630 } as const;

export type ImageVariant = { width: number; format: "webp" | "jpg" } | "og";

/** Where a variant of a stored master lives: "<uuid>.jpg" → "<uuid>-w480.webp", "<uuid>-og.jpg". */
export function variantKey(masterKey: string, v: ImageVariant): string {
  const base = masterKey.replace(/\.jpg$/, "");
  return v === "og" ? `${base}-og.jpg` : `${base}-w${v.width}.${v.format}`;
}

const decode = (bytes: Uint8Array) => sharp(bytes, { limitInputPixels: 40_000_000, failOn: "error" }).rotate();

const TYPES = { jpg: "image/jpeg", webp: "image/webp" } as const;
const put = (key: string, bytes: Buffer) =>
  objectStore().put(key, bytes, TYPES[key.slice(key.lastIndexOf(".") + 1) as keyof typeof TYPES]);

/**
 * Re-encodes an uploaded image: a JPEG master at most 1600 px on its longer side, WebP and JPEG at
 * the widths below it, and a 1200×630 share image. Throws when the bytes are not a readable image.
 */
export async function storeImageVariants(bytes: Uint8Array) {
  const master = await decode(bytes)
    .resize({ width: MASTER_SIDE, height: MASTER_SIDE, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = master.info;
  const storageKey = `${randomUUID()}.jpg`;
  await put(storageKey, master.data);
  const widths = IMAGE_WIDTHS.filter((w) => w < width);
  for (const w of widths) {
    const resized = sharp(master.data).resize({ width: w });
    await put(
      variantKey(storageKey, { width: w, format: "webp" }),
      await resized.clone().webp({ quality: 78 }).toBuffer(),
    );
    await put(
      variantKey(storageKey, { width: w, format: "jpg" }),
      await resized.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer(),
    );
  }
  await put(
    variantKey(storageKey, "og"),
    await sharp(master.data)
      .resize({ ...OG_SIZE, fit: "cover", position: "attention" })
      .jpeg({ quality: 82 })
      .toBuffer(),
  );
  return {
    storageKey,
    contentType: "image/jpeg",
    sizeBytes: master.data.length,
    sha256: createHash("sha256").update(master.data).digest("hex"),
    width,
    height,
    widths,
  };
}
