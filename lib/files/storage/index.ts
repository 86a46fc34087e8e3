import { s3Settings } from "../../env";
import { diskStore, uploadDir } from "./disk";
import { s3Store } from "./s3";
import type { ObjectStore } from "./types";

// Evidence files and images behind one interface: the local disk by default (as before), or an
// S3-compatible bucket when MEKAR_S3_BUCKET is set (lib/env.ts). Every read and write of a stored
// file goes through objectStore(); route handlers stream what get() returns after their own check.
export type { ObjectStore } from "./types";
export { isStorageKey } from "./keys";
export { diskStore, ensurePrivateDir, uploadDir } from "./disk";
export { s3Store } from "./s3";

let s3: { signature: string; store: ObjectStore } | undefined;

/** The configured store, from the settings as they are now (one S3 client per configuration). */
export function objectStore(source: Record<string, string | undefined> = process.env): ObjectStore {
  const settings = s3Settings(source);
  if (!settings) return diskStore(uploadDir(source));
  const signature = JSON.stringify(settings);
  if (s3?.signature !== signature) s3 = { signature, store: s3Store(settings) };
  return s3.store;
}
