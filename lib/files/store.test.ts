import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_FILE_BYTES, storeFile } from "./store";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "mekar-store-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (p: string) => statSync(p).mode & 0o777;

describe("storeFile", () => {
  it("writes uploads readable by the app's own user only (0600 in a 0700 folder)", async () => {
    const dir = path.join(root, "fresh", "uploads");
    process.env.MEKAR_UPLOAD_DIR = dir;
    const stored = await storeFile(new File(["%PDF-1.4 bukti"], "bukti.pdf", { type: "application/pdf" }));
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, stored.storageKey))).toBe(0o600);
  });

  it("tightens an upload folder an earlier release left world-readable", async () => {
    const dir = path.join(root, "old-uploads");
    mkdirSync(dir, { mode: 0o755 });
    process.env.MEKAR_UPLOAD_DIR = dir;
    await storeFile(new File(["a,b\n1,2\n"], "data.csv", { type: "text/csv" }));
    expect(mode(dir)).toBe(0o700);
  });

  it("accepts exactly the documented maximum and refuses one byte more as a field error", async () => {
    process.env.MEKAR_UPLOAD_DIR = path.join(root, "max");
    const max = await storeFile(new File([new Uint8Array(MAX_FILE_BYTES)], "max.txt", { type: "text/plain" }));
    expect(max.sizeBytes).toBe(MAX_FILE_BYTES);
    const over = storeFile(new File([new Uint8Array(MAX_FILE_BYTES + 1)], "over.txt", { type: "text/plain" }));
    await expect(over).rejects.toBeInstanceOf(AppError);
    await expect(over).rejects.toMatchObject({ fieldErrors: { file: ["files.errors.tooLarge"] } });
  });
});
