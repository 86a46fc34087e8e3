import "server-only";
import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { objectStore } from "./storage";

// Images people upload are never served as uploaded: each is decoded and encoded again (which
// drops EXIF with its GPS position, XMP, comments and anything appended), turned upright, and
// kept at a few widths in AVIF, WebP and JPEG, so a phone on a slow link fetches the width it
// shows in the smallest format its browser reads.

export { imageKindOf } from "./content";

/** The bytes are no image sharp can read (a store that fails throws its own error). */
export class UnreadableImage extends Error {
  constructor(cause: unknown) {
    super("unreadable image", { cause });
  }
}

/** The widths kept besides the master (never wider than the upload). */
export const IMAGE_WIDTHS = [480, 960] as const;
/** The master's longer side, and the share card's size. */
export const MASTER_SIDE = 1600;
export const OG_SIZE = { width: 1200, height: 630 } as const;

export type ImageFormat = "avif" | "webp" | "jpg";
export type ImageVariant = { width: number; format: ImageFormat } | "og";

/**
 * The encoders' settings. AVIF at quality 50 matches WebP 78 on SSIM and is about a third
 * smaller; effort 3 (of 0–9) keeps it at ~70 ms (480 px) and ~200 ms (960 px) per photo on the
 * 2-core test machine, where sharp's default effort 4 takes ~0.3 s and ~1.3 s for ~10 % fewer
 * bytes (docs/benchmarks.md, "Images").
 */
export const ENCODE = {
  avif: { quality: 50, effort: 3 },
  webp: { quality: 78 },
  jpg: { quality: 80, mozjpeg: true },
} as const;

/** Where a variant of a stored master lives: "<uuid>.jpg" → "<uuid>-w480.webp", "<uuid>-og.jpg". */
export function variantKey(masterKey: string, v: ImageVariant): string {
  const base = masterKey.replace(/\.jpg$/, "");
  return v === "og" ? `${base}-og.jpg` : `${base}-w${v.width}.${v.format}`;
}

/**
 * The stored copy that `?w=<width>&f=<format>` names, when the image has it (AVIF only where it
 * has AVIF copies); null means the master.
 */
export function copyOf(
  image: { storageKey: string; widths: number[]; avif: boolean },
  w: number | undefined,
  f: ImageFormat | undefined,
): { key: string; type: string } | null {
  if (!w || !f || !image.widths.includes(w) || (f === "avif" && !image.avif)) return null;
  return { key: variantKey(image.storageKey, { width: w, format: f }), type: IMAGE_TYPES[f] };
}

/** The most pixels an upload may decode to: a few bytes can claim a huge picture (a decompression bomb). */
export const MAX_INPUT_PIXELS = 40_000_000;

const decode = (bytes: Uint8Array) => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();

export const IMAGE_TYPES = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" } as const;
export const putImage = (key: string, bytes: Buffer) =>
  objectStore().put(key, bytes, IMAGE_TYPES[key.slice(key.lastIndexOf(".") + 1) as ImageFormat]);

/** The widths of the copies kept beside a master this wide. */
export const copyWidths = (masterWidth: number): number[] => IMAGE_WIDTHS.filter((w) => w < masterWidth);

/**
 * Encodes the copies of a stored master (its JPEG bytes) in the given formats at the given widths,
 * with the encoder settings above, and stores each with `store` (a create-only put by default).
 */
export async function storeCopies(
  masterKey: string,
  master: Buffer,
  widths: readonly number[],
  formats: readonly ImageFormat[],
  store: (key: string, bytes: Buffer) => Promise<void> = putImage,
): Promise<void> {
  for (const width of widths) {
    const resized = sharp(master).resize({ width });
    for (const format of formats) {
      const encoded = resized.clone();
      const bytes = await (
        format === "avif"
          ? encoded.avif(ENCODE.avif)
          : format === "webp"
            ? encoded.webp(ENCODE.webp)
            : encoded.jpeg(ENCODE.jpg)
      ).toBuffer();
      await store(variantKey(masterKey, { width, format }), bytes);
    }
  }
}

/**
 * Re-encodes an uploaded image: a JPEG master at most 1600 px on its longer side, AVIF, WebP and
 * JPEG at the widths below it, and (unless told not to) a 1200×630 share image. Throws when the
 * bytes are not a readable image.
 */
export async function storeImageVariants(bytes: Uint8Array, { shareImage = true } = {}) {
  const master = await decode(bytes)
    .resize({ width: MASTER_SIDE, height: MASTER_SIDE, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
    .catch((e: unknown) => {
      throw new UnreadableImage(e);
    });
  const { width, height } = master.info;
  const storageKey = `${randomUUID()}.jpg`;
  await putImage(storageKey, master.data);
  const widths = copyWidths(width);
  await storeCopies(storageKey, master.data, widths, ["avif", "webp", "jpg"]);
  if (shareImage)
    await putImage(
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
    avif: true,
  };
}
