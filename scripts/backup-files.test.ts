// The files half of a backup (scripts/lib/backup.ts), without a database: every stored object goes
// into <backup>/files and comes back into whichever store is configured, disk or S3 (s3rver here).
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Settings } from "@/lib/env";
import { diskStore, s3Store, type ObjectStore } from "@/lib/files/storage";
import { startS3Server, type S3Server } from "@/tests/helpers/s3-server";
import { backupFiles, restoreFiles } from "./lib/backup";

const tmp = mkdtempSync(path.join(os.tmpdir(), "mekar-backup-files-"));
let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3Server({ bucket: "mekar-backup-files" });
});
afterAll(async () => {
  await s3.close();
  rmSync(tmp, { recursive: true, force: true });
});

const bucket = (prefix: string) => s3Store(s3Settings({ ...s3.env, MEKAR_S3_PREFIX: prefix })!);
async function contents(store: ObjectStore): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const key of store.list()) out[key] = (await store.get(key)).toString("base64");
  return out;
}
async function fill(store: ObjectStore): Promise<Record<string, string>> {
  const id = randomUUID();
  await store.put(`${id}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]), "image/jpeg");
  await store.put(`${id}-w480.avif`, Buffer.from("....ftypavif"), "image/avif");
  await store.put(`${id}-w480.webp`, Buffer.from("RIFF....WEBP"), "image/webp");
  await store.put(`${randomUUID()}.pdf`, Buffer.from("%PDF-1.4 bukti"), "application/pdf");
  return contents(store);
}

describe("the files of a backup", () => {
  it("go from the upload folder into an S3 bucket, every byte, and a second restore changes nothing", async () => {
    const disk = diskStore(path.join(tmp, "uploads"));
    const original = await fill(disk);
    writeFileSync(path.join(tmp, "uploads", "not-ours.txt"), "x"); // a stray file is no stored object
    const dir = path.join(tmp, "backup-from-disk");
    expect(await backupFiles(disk, dir)).toEqual({ count: 4, bytes: 6 + 12 + 12 + 14 });
    expect(statSync(path.join(dir, "files")).mode & 0o777).toBe(0o700);
    expect(readdirSync(path.join(dir, "files")).sort()).toEqual(Object.keys(original).sort());

    const target = bucket("restored-a/");
    expect(await restoreFiles(dir, target)).toMatchObject({ count: 4, alreadyThere: 0 });
    expect(await contents(target)).toEqual(original);
    expect(await restoreFiles(dir, target)).toMatchObject({ count: 4, alreadyThere: 4 });
    expect(await contents(target)).toEqual(original);
  });

  it("go from an S3 bucket back onto the disk (0600 files), only the objects under the prefix", async () => {
    const source = bucket("source-b/");
    const original = await fill(source);
    await fill(bucket("another-deployment/")); // the same bucket shared: not in this backup
    const dir = path.join(tmp, "backup-from-s3");
    expect((await backupFiles(source, dir)).count).toBe(4);
    const restored = path.join(tmp, "restored-uploads");
    await restoreFiles(dir, diskStore(restored));
    expect(await contents(diskStore(restored))).toEqual(original);
    for (const f of readdirSync(restored)) expect(statSync(path.join(restored, f)).mode & 0o777).toBe(0o600);
  });
});
