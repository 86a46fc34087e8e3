import "server-only";
import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { MAX_INPUT_PIXELS, UnreadableImage } from "@/lib/files/images";
import { objectStore } from "@/lib/files/storage";

// The emblem is never kept as uploaded (lib/regencies/logo.ts checks type, size and magic number
// first): it is decoded with a pixel limit (a small PNG can claim a huge picture), turned upright,
// bounded to LOGO_SIDE on its longer side (never enlarged) and encoded again as a PNG, which keeps
// a transparent background and drops every metadata block (EXIF with a phone's GPS position, XMP,
// ICC, comments) and anything appended after the image. The kop of a printout shows the emblem at
// about 2.5 cm: 600 px is ~600 dpi there, and the share card draws it at 96 px.

export const LOGO_SIDE = 600;
export const LOGO_CONTENT_TYPE = "image/png";

/** The emblem's stored PNG bytes; UnreadableImage when the bytes are no image sharp reads within the limit. */
export async function encodeLogo(bytes: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: LOGO_SIDE, height: LOGO_SIDE, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, adaptiveFiltering: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (e) {
    throw new UnreadableImage(e);
  }
}

export type StoredLogo = {
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  width: number;
  height: number;
};

/** Re-encodes the emblem (encodeLogo) and stores the PNG under a new key; nothing is stored when it is unreadable. */
export async function storeLogo(bytes: Uint8Array): Promise<StoredLogo> {
  const { data, width, height } = await encodeLogo(bytes);
  const storageKey = `${randomUUID()}.png`;
  await objectStore().put(storageKey, data, LOGO_CONTENT_TYPE);
  return {
    storageKey,
    contentType: LOGO_CONTENT_TYPE,
    sizeBytes: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    width,
    height,
  };
}
