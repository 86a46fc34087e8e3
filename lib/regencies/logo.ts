// The regency's emblem on the kop of its printouts: PNG or JPEG only (no SVG: a script inside an
// SVG would run wherever the file is opened), at most 512 KB, and the bytes must be what the type
// claims (the file's magic number), not only the browser's guess from the name. What passes is then
// decoded and stored re-encoded, never as uploaded (lib/regencies/logo-image.ts).
import { AppError } from "@/lib/errors";
import { imageKindOf } from "@/lib/files/content";

export const MAX_LOGO_BYTES = 512 * 1024;
export const MAX_LOGO_LABEL = "512 KB";

/** The error key for a logo that may not be stored, or null when it may. */
export function logoProblem(type: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "files.errors.empty";
  if (bytes.length > MAX_LOGO_BYTES) return "regencies.logo.errors.tooLarge";
  const kind = type === "image/png" ? "png" : type === "image/jpeg" ? "jpeg" : null;
  if (!kind) return "regencies.logo.errors.type";
  if (imageKindOf(bytes) !== kind) return "regencies.logo.errors.content";
  return null;
}

/** INVALID with the emblem field's error (the message key). */
export const logoError = (problem: string) =>
  new AppError("INVALID", "common.errors.invalid", { file: [problem] }, { max: MAX_LOGO_LABEL });

/** Throws INVALID with the field error when the file may not be the emblem. */
export async function assertLogo(file: File): Promise<void> {
  const problem = logoProblem(file.type, new Uint8Array(await file.slice(0, MAX_LOGO_BYTES + 1).arrayBuffer()));
  if (problem) throw logoError(problem);
}
