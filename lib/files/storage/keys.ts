import { AppError } from "../../errors";

// A stored name: "<uuid>.<ext>", or an image's copy "<uuid>-w480.webp" / "<uuid>-og.jpg"
// (lib/files/images.ts). Anything else (a path, "..", a prefix) is never read or written.
const KEY = /^[0-9a-f-]{36}(-w[0-9]{2,4}|-og)?\.[a-z]+$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

/** Throws for a key that cannot name a stored file: NOT_FOUND when reading, INVALID when writing. */
export function checkedKey(key: string, writing = false): string {
  if (!isStorageKey(key)) throw new AppError(writing ? "INVALID" : "NOT_FOUND");
  return key;
}
