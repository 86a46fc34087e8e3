// One contract for every object store: the local disk (the default) and an S3-compatible bucket
// (s3rver on loopback, started here). Uploads, image copies and downloads rely on each of these.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Settings, settingsProblem } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { storeImageVariants, variantKey } from "@/lib/files/images";
import { readStoredFile, storeFile } from "@/lib/files/store";
import { startS3Server, type S3Server } from "@/tests/helpers/s3-server";
import { objectStore } from "./index";

const S3_NAMES = [
  "MEKAR_S3_BUCKET",
  "MEKAR_S3_ENDPOINT",
  "MEKAR_S3_REGION",
  "MEKAR_S3_ACCESS_KEY_ID",
  "MEKAR_S3_SECRET_ACCESS_KEY",
  "MEKAR_S3_FORCE_PATH_STYLE",
  "MEKAR_S3_PREFIX",
];
const clearS3 = () => S3_NAMES.forEach((n) => delete process.env[n]);

const tmp = mkdtempSync(path.join(os.tmpdir(), "mekar-storage-"));
let s3: S3Server;
afterAll(async () => {
  clearS3();
  await s3?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const key = (ext = ".pdf") => `${randomUUID()}${ext}`;
const code = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

const stores = [
  {
    name: "local disk",
    setUp: async () => {
      clearS3();
      process.env.MEKAR_UPLOAD_DIR = path.join(tmp, "uploads");
    },
  },
  {
    name: "S3-compatible bucket (s3rver)",
    setUp: async () => {
      s3 ??= await startS3Server({ bucket: "mekar-contract", prefix: "regency-a/" });
      Object.assign(process.env, s3.env);
      process.env.MEKAR_UPLOAD_DIR = path.join(tmp, "unused-by-s3");
    },
  },
];

describe.each(stores)("the object store: $name", ({ name, setUp }) => {
  beforeAll(setUp);

  it("is the one the settings name", () => {
    expect(objectStore().kind).toBe(name.startsWith("S3") ? "s3" : "disk");
  });

  it("gives back exactly the bytes it was given, and lists the key", async () => {
    const k = key(".pdf");
    const bytes = Buffer.from([0, 1, 2, 255, 254, 0x0d, 0x0a, ...Buffer.from("%PDF-1.4 bukti")]);
    await objectStore().put(k, bytes, "application/pdf");
    expect(Buffer.compare(await objectStore().get(k), bytes)).toBe(0);
    const listed: string[] = [];
    for await (const each of objectStore().list()) listed.push(each);
    expect(listed).toContain(k);
    if (objectStore().kind === "s3") {
      // in the bucket under the prefix, and nothing on the local disk
      expect(existsSync(path.join(s3.directory, "mekar-contract", "regency-a", `${k}._S3rver_object`))).toBe(true);
      expect(existsSync(process.env.MEKAR_UPLOAD_DIR!)).toBe(false);
    } else {
      expect(statSync(path.join(process.env.MEKAR_UPLOAD_DIR!, k)).mode & 0o777).toBe(0o600);
    }
  });

  it("never overwrites a stored key (create-only), and the first bytes stay", async () => {
    const k = key(".txt");
    await objectStore().put(k, Buffer.from("pertama"));
    expect(await code(objectStore().put(k, Buffer.from("kedua")))).toBe("CONFLICT");
    expect((await objectStore().get(k)).toString()).toBe("pertama");
  });

  it("answers NOT_FOUND for a key never stored, and for one deleted", async () => {
    expect(await code(objectStore().get(key()))).toBe("NOT_FOUND");
    const k = key(".csv");
    await objectStore().put(k, Buffer.from("a,b\n"));
    await objectStore().delete(k);
    expect(await code(objectStore().get(k))).toBe("NOT_FOUND");
    await objectStore().delete(k); // deleting what is gone is no error
  });

  it("refuses keys that are not its own names: no path, no prefix escape, nothing outside", async () => {
    writeFileSync(path.join(tmp, "secret.txt"), "rahasia");
    for (const hostile of [
      "../secret.txt",
      "../../etc/passwd",
      "/etc/passwd",
      "..%2Fsecret.txt",
      `sub/${randomUUID()}.pdf`,
      `${randomUUID()}.pdf/../../secret.txt`,
      "",
    ]) {
      expect(await code(objectStore().get(hostile)), hostile).toBe("NOT_FOUND");
      expect(await code(objectStore().put(hostile, Buffer.from("x"))), hostile).toBe("INVALID");
    }
  });

  it("keeps an uploaded file and an image with its copies, and reads them back", async () => {
    const stored = await storeFile(new File(["%PDF-1.4 laporan"], "laporan.pdf", { type: "application/pdf" }));
    expect((await readStoredFile(stored.storageKey)).toString()).toBe("%PDF-1.4 laporan");

    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a6" } })
      .png()
      .toBuffer();
    const image = await storeImageVariants(photo);
    expect(image.widths).toEqual([480, 960]);
    expect((await sharp(await readStoredFile(image.storageKey)).metadata()).format).toBe("jpeg");
    for (const width of image.widths) {
      const avif = await sharp(
        await readStoredFile(variantKey(image.storageKey, { width, format: "avif" })),
      ).metadata();
      expect([avif.format, avif.compression, avif.width]).toEqual(["heif", "av1", width]);
      const webp = await sharp(
        await readStoredFile(variantKey(image.storageKey, { width, format: "webp" })),
      ).metadata();
      expect([webp.format, webp.width]).toEqual(["webp", width]);
      const jpg = await sharp(await readStoredFile(variantKey(image.storageKey, { width, format: "jpg" }))).metadata();
      expect([jpg.format, jpg.width]).toEqual(["jpeg", width]);
    }
    const og = await sharp(await readStoredFile(variantKey(image.storageKey, "og"))).metadata();
    expect([og.width, og.height]).toEqual([1200, 630]);
  });
});

describe("the S3 settings", () => {
  const base = { MEKAR_S3_BUCKET: "mekar-files" };
  it("are off without a bucket, and default sensibly with one", () => {
    expect(s3Settings({})).toBeNull();
    expect(s3Settings({ MEKAR_S3_BUCKET: "" })).toBeNull();
    expect(s3Settings(base)).toEqual({
      bucket: "mekar-files",
      endpoint: undefined,
      region: "us-east-1",
      credentials: undefined,
      forcePathStyle: false,
      prefix: "",
    });
    const local = s3Settings({ ...base, MEKAR_S3_ENDPOINT: "http://127.0.0.1:9000", MEKAR_S3_PREFIX: "/pangandaran" });
    expect([local?.forcePathStyle, local?.prefix]).toEqual([true, "pangandaran/"]);
    expect(
      s3Settings({ ...base, MEKAR_S3_ENDPOINT: "http://minio:9000", MEKAR_S3_FORCE_PATH_STYLE: "false" })
        ?.forcePathStyle,
    ).toBe(false);
  });

  it("name the setting that is wrong", () => {
    expect(() => s3Settings({ MEKAR_S3_BUCKET: "ab" })).toThrow(/MEKAR_S3_BUCKET/);
    expect(() => s3Settings({ ...base, MEKAR_S3_ENDPOINT: "ftp://x" })).toThrow(/MEKAR_S3_ENDPOINT/);
    expect(() => s3Settings({ ...base, MEKAR_S3_FORCE_PATH_STYLE: "ya" })).toThrow(/MEKAR_S3_FORCE_PATH_STYLE/);
    expect(() => s3Settings({ ...base, MEKAR_S3_ACCESS_KEY_ID: "AKIA" })).toThrow(/MEKAR_S3_SECRET_ACCESS_KEY/);
    // and the start (scripts/start.ts, every script) stops on them in one line
    expect(settingsProblem({ DATABASE_URL: "x", ...base, MEKAR_S3_SECRET_ACCESS_KEY: "s" })).toMatch(
      /MEKAR_S3_ACCESS_KEY_ID and MEKAR_S3_SECRET_ACCESS_KEY go together/,
    );
    expect(settingsProblem({ DATABASE_URL: "x", MEKAR_S3_BUCKET: "Not_A_Bucket" })).toMatch(/MEKAR_S3_BUCKET/);
    expect(settingsProblem({ DATABASE_URL: "x", ...base, MEKAR_S3_ENDPOINT: "http://127.0.0.1:9000" })).toBeNull();
  });
});
