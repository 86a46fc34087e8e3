import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { contentMatches, nameForType } from "./content";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "./limits";
import { objectStore } from "./storage";

// Evidence and images are kept in the object store (lib/files/storage: the local disk under
// MEKAR_UPLOAD_DIR by default, or an S3-compatible bucket), named by a random id; the database row
// keeps name, type, size and SHA-256. Downloads go through a route handler that checks the reader
// may see the record the file belongs to.
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

export type StoredFile = {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * Checks type, size and that the bytes are what the type says (lib/files/content.ts), all before
 * anything is written; writes the bytes and returns what the database row should keep, the name
 * ending in the type's extension.
 */
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
  if (!contentMatches(file.type, bytes))
    throw new AppError("INVALID", "common.errors.invalid", {
      file: [file.type.startsWith("text/") ? "files.errors.notText" : "files.errors.contentMismatch"],
    });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = `${randomUUID()}${ext}`;
  await objectStore().put(storageKey, bytes, file.type);
  return {
    storageKey,
    fileName: nameForType(file.name, ext),
    contentType: file.type,
    sizeBytes: file.size,
    sha256,
  };
}

/** A stored file's bytes (AppError NOT_FOUND when missing); the caller has checked the reader may see it. */
export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return objectStore().get(storageKey);
}

/** As readStoredFile, but null when the object is missing: the route answers 404, not 500. */
export async function readStoredFileOrNull(storageKey: string): Promise<Buffer | null> {
  try {
    return await readStoredFile(storageKey);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

/** A download response: attachment, the stored type, and nosniff so nothing runs in the browser. */
export function fileResponse(bytes: Buffer, file: { fileName: string; contentType: string }): Response {
  // rows stored before names followed the type keep their name; the download still ends in the type's extension
  const ext = ALLOWED_TYPES[file.contentType];
  const fileName = ext ? nameForType(file.fileName, ext) : file.fileName;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.\- ]/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
