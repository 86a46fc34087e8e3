import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { imageKindOf } from "@/lib/files/images";
import { storeFile } from "@/lib/files/store";
import { MAX_PHOTO_BYTES, MAX_PHOTO_LABEL } from "./limits";

const invalid = (key: string) =>
  new AppError("INVALID", "common.errors.invalid", { photo: [key] }, { max: MAX_PHOTO_LABEL });

/**
 * A citizen's photo, re-encoded as JPEG at most 1600 px on its longer side: the re-encoding drops
 * every metadata block (EXIF with the GPS position, XMP, IPTC, comments) and anything hidden after
 * the image; the orientation is applied to the pixels first. Stored like any file (lib/files).
 */
export async function storeCitizenPhoto(file: File): Promise<{ storageKey: string; sizeBytes: number }> {
  if (file.size > MAX_PHOTO_BYTES) throw invalid("aspirations.public.errors.photoTooLarge");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!imageKindOf(bytes)) throw invalid("aspirations.public.errors.photoType");
  let out: Buffer;
  try {
    out = await sharp(bytes, { limitInputPixels: 40_000_000, failOn: "error" })
      .rotate()
      .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch {
    throw invalid("aspirations.public.errors.photoUnreadable");
  }
  const stored = await storeFile(new File([new Uint8Array(out)], "foto.jpg", { type: "image/jpeg" }));
  return { storageKey: stored.storageKey, sizeBytes: stored.sizeBytes };
}
