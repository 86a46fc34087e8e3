import { chmod, mkdir, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../errors";
import { checkedKey, isStorageKey } from "./keys";
import type { ObjectStore } from "./types";

// The default: files on the local disk under MEKAR_UPLOAD_DIR (default <MEKAR_DATA_DIR>/uploads),
// readable by the app's own user only (0600 in a 0700 folder), like the secrets in .data/.

export function uploadDir(source: Record<string, string | undefined> = process.env): string {
  return path.resolve(
    /*turbopackIgnore: true*/ source.MEKAR_UPLOAD_DIR ||
      path.join(/*turbopackIgnore: true*/ source.MEKAR_DATA_DIR || ".data", "uploads"),
  );
}

/** Creates the folder 0700, and tightens one left 0755 by an earlier release. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

const code = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

export function diskStore(dir: string): ObjectStore {
  const at = (key: string, writing = false) => path.join(/*turbopackIgnore: true*/ dir, checkedKey(key, writing));
  return {
    kind: "disk",
    async put(key, bytes) {
      const file = at(key, true);
      await ensurePrivateDir(dir);
      try {
        await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
      } catch (e) {
        if (code(e) === "EEXIST") throw new AppError("CONFLICT");
        throw e;
      }
    },
    async get(key) {
      try {
        return await readFile(at(key));
      } catch (e) {
        if (code(e) === "ENOENT") throw new AppError("NOT_FOUND");
        throw e;
      }
    },
    async delete(key) {
      if (!isStorageKey(key)) return;
      await unlink(at(key)).catch((e) => {
        if (code(e) !== "ENOENT") throw e;
      });
    },
    async *list() {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        if (code(e) === "ENOENT") return;
        throw e;
      }
      for (const entry of entries) if (entry.isFile() && isStorageKey(entry.name)) yield entry.name;
    },
  };
}
