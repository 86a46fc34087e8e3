import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { standInPhoto } from "@/tests/helpers/photo";
import { readStoredFile } from "./store";
import { copyOf, storeImageVariants, variantKey } from "./images";

beforeAll(() => {
  process.env.MEKAR_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "mekar-images-"));
});

describe("an uploaded picture", () => {
  it("is kept without its metadata (GPS included), upright, at most 1600 px, with narrower AVIF/WebP/JPEG copies and a share image", async () => {
    // a phone photo: 3000×2000, EXIF with a position, stored rotated (orientation 6)
    const upload = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#2a6" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "Kamera warga" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 41/1 0/1" } })
      .toBuffer();
    const rotated = await sharp(upload).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(rotated).metadata()).exif).toBeDefined();

    const s = await storeImageVariants(rotated);
    const master = await readStoredFile(s.storageKey);
    const meta = await sharp(master).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(master.includes(Buffer.from("Kamera warga"))).toBe(false);
    // turned upright: the 3000×2000 landscape stored with orientation 6 is a portrait
    expect([s.width, s.height]).toEqual([1067, 1600]);
    expect([meta.width, meta.height]).toEqual([1067, 1600]);
    expect(s.widths).toEqual([480, 960]);
    expect(s.avif).toBe(true);
    for (const width of s.widths) {
      const avifBytes = await readStoredFile(variantKey(s.storageKey, { width, format: "avif" }));
      const avif = await sharp(avifBytes).metadata();
      expect([avif.format, avif.compression, avif.width, avif.exif, avif.xmp]).toEqual([
        "heif",
        "av1",
        width,
        undefined,
        undefined,
      ]);
      expect(avifBytes.includes(Buffer.from("Kamera warga"))).toBe(false);
      // decodable to pixels of the copy's size
      const decoded = await sharp(avifBytes).raw().toBuffer({ resolveWithObject: true });
      expect([decoded.info.width, decoded.info.height]).toEqual([width, Math.round((width * 1600) / 1067)]);
      const webp = await sharp(await readStoredFile(variantKey(s.storageKey, { width, format: "webp" }))).metadata();
      expect([webp.format, webp.width, webp.exif]).toEqual(["webp", width, undefined]);
      const jpg = await sharp(await readStoredFile(variantKey(s.storageKey, { width, format: "jpg" }))).metadata();
      expect([jpg.format, jpg.width]).toEqual(["jpeg", width]);
    }
    const og = await sharp(await readStoredFile(variantKey(s.storageKey, "og"))).metadata();
    expect([og.width, og.height]).toEqual([1200, 630]);
  });

  it("small pictures are never enlarged, and bytes that are no picture are refused", async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const s = await storeImageVariants(small);
    expect([s.width, s.height, s.widths]).toEqual([300, 200, []]);
    const fake = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("<script>"),
    ]);
    await expect(storeImageVariants(fake)).rejects.toThrow();
  });

  it("a photo's AVIF copies are smaller than its WebP copies (and those than its JPEG copies)", async () => {
    const s = await storeImageVariants(await standInPhoto());
    expect(s.widths).toEqual([480, 960]);
    for (const width of s.widths) {
      const [avif, webp, jpg] = await Promise.all(
        (["avif", "webp", "jpg"] as const).map((format) => readStoredFile(variantKey(s.storageKey, { width, format }))),
      );
      expect(avif.length, `${width} px: AVIF ${avif.length} B, WebP ${webp.length} B`).toBeLessThan(webp.length);
      expect(webp.length).toBeLessThan(jpg.length);
    }
  });

  it("a copy is served only where the image has it: AVIF not for images stored before AVIF copies", () => {
    const key = "8d0c1c8e-2f7a-4a51-9d1e-3f0f5b8f3a11.jpg";
    const before = { storageKey: key, widths: [480, 960], avif: false };
    expect(copyOf(before, 480, "avif")).toBeNull();
    expect(copyOf(before, 480, "webp")).toEqual({ key: key.replace(".jpg", "-w480.webp"), type: "image/webp" });
    expect(copyOf({ ...before, avif: true }, 960, "avif")).toEqual({
      key: key.replace(".jpg", "-w960.avif"),
      type: "image/avif",
    });
    expect(copyOf(before, 1600, "jpg")).toBeNull();
    expect(copyOf(before, undefined, "jpg")).toBeNull();
    expect(copyOf({ ...before, widths: [] }, 480, "jpg")).toBeNull();
  });
});
