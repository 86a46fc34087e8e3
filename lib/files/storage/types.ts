/**
 * Where evidence files and images are kept. Keys are the names Mekar gives (lib/files/storage/keys.ts);
 * the database row keeps name, type, size and SHA-256, and the route handlers check who may read.
 */
export interface ObjectStore {
  readonly kind: "disk" | "s3";
  /** Create-only: an existing key is never overwritten (AppError CONFLICT). */
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  /** The stored bytes; a missing key or one that is not a storage key: AppError NOT_FOUND. */
  get(key: string): Promise<Buffer>;
  /** Removes the object; a missing one is no error. */
  delete(key: string): Promise<void>;
  /** Every stored key (for backup), in no particular order. */
  list(): AsyncIterable<string>;
}
