import "server-only";
import { AppError } from "@/lib/errors";
import { imageKindOf, storeImageVariants, UnreadableImage } from "@/lib/files/images";
import { MAX_PHOTO_BYTES, MAX_PHOTO_LABEL } from "./limits";

const invalid = (key: string) =>
  new AppError("INVALID", "common.errors.invalid", { photo: [key] }, { max: MAX_PHOTO_LABEL });

export type StoredPhoto = { storageKey: string; sizeBytes: number; width: number; height: number; widths: number[] };

/**
 * A citizen's photo, re-encoded as a JPEG master at most 1600 px on its longer side with AVIF,
 * WebP and JPEG copies at 480 and 960 px (lib/files/images.ts), so an official on a slow link
 * fetches the width the page shows: the re-encoding drops every metadata block (EXIF with the
 * GPS position, XMP, IPTC, comments) and anything hidden after the image; the orientation is
 * applied to the pixels first. No share image: the photo is never public.
 */
export async function storeCitizenPhoto(file: File): Promise<StoredPhoto> {
  if (file.size > MAX_PHOTO_BYTES) throw invalid("aspirations.public.errors.photoTooLarge");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!imageKindOf(bytes)) throw invalid("aspirations.public.errors.photoType");
  try {
    const { storageKey, sizeBytes, width, height, widths } = await storeImageVariants(bytes, { shareImage: false });
    return { storageKey, sizeBytes, width, height, widths };
  } catch (e) {
    if (e instanceof UnreadableImage) throw invalid("aspirations.public.errors.photoUnreadable");
    throw e;
  }
}
