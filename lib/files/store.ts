import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "./limits";

// Evidence and images are kept on disk under MEKAR_UPLOAD_DIR (default .data/uploads), named
// by a random id; the database row keeps name, type, size and SHA-256. Downloads go through a
// route handler that checks the reader may see the record the file belongs to.
export { MAX_FILE_BYTES } from "./limits";
export const ALLOWED_TYPES: Record<string, string> = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "text/csv": ".csv",
  "text/plain": ".txt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
};

export function uploadDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.MEKAR_UPLOAD_DIR ||
      path.join(/*turbopackIgnore: true*/ process.env.MEKAR_DATA_DIR || ".data", "uploads"),
  );
}

/** Creates the folder 0700, and tightens one left 0755 by an earlier release. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

export type StoredFile = {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/** Checks type and size, writes the bytes, and returns what the database row should keep. */
export async function storeFile(file: File, allowed: Record<string, string> = ALLOWED_TYPES): Promise<StoredFile> {
  if (!file || file.size === 0)
    throw new AppError("INVALID", "common.errors.invalid", { file: ["files.errors.empty"] });
  if (file.size > MAX_FILE_BYTES)
    throw new AppError(
      "INVALID",
      "common.errors.invalid",
      { file: ["files.errors.tooLarge"] },
      { max: MAX_FILE_LABEL },
    );
  const ext = allowed[file.type];
  if (!ext) throw new AppError("INVALID", "common.errors.invalid", { file: ["files.errors.type"] });
  const bytes = Buffer.from(await file.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = `${randomUUID()}${ext}`;
  await ensurePrivateDir(uploadDir());
  // readable by the app's own user only, like the secrets in .data/
  await writeFile(path.join(/*turbopackIgnore: true*/ uploadDir(), storageKey), bytes, { flag: "wx", mode: 0o600 });
  return {
    storageKey,
    fileName: path.basename(file.name).slice(0, 200) || `file${ext}`,
    contentType: file.type,
    sizeBytes: file.size,
    sha256,
  };
}

/** A stored name: "<uuid>.<ext>", or an image's copy "<uuid>-w480.webp" / "<uuid>-og.jpg" (lib/files/images.ts). */
export async function readStoredFile(storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}(-w[0-9]{2,4}|-og)?\.[a-z]+$/.test(storageKey)) throw new AppError("NOT_FOUND");
  return readFile(path.join(/*turbopackIgnore: true*/ uploadDir(), storageKey));
}

/** A download response: attachment, the stored type, and nosniff so nothing runs in the browser. */
export function fileResponse(bytes: Buffer, file: { fileName: string; contentType: string }): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\w.\- ]/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
