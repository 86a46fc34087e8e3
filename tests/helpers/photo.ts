import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/**
 * A stand-in for a phone photo (the repository ships none): soft shapes over a sky-to-ground
 * gradient with fine grain, as a JPEG. Flat colour would flatter every encoder; noise alone would
 * flatter none. Deterministic enough for byte comparisons between formats (the noise differs per
 * call, the picture's character does not).
 */
export async function standInPhoto(width = 2000, height = 1333): Promise<Buffer> {
  const noise = (w: number, h: number, sigma: number) =>
    sharp({
      create: { width: w, height: h, channels: 3, background: "#777", noise: { type: "gaussian", mean: 128, sigma } },
    });
  const coarse = await noise(60, 40, 60).resize(width, height, { kernel: "cubic" }).blur(8).raw().toBuffer();
  const fine = await noise(width, height, 12).raw().toBuffer();
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const ground = [70 + (120 * y) / height, 140 - (40 * y) / height, 200 - (150 * y) / height];
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 3; c++) {
        const i = (y * width + x) * 3 + c;
        px[i] = Math.max(0, Math.min(255, ground[c] + (coarse[i] - 128) * 0.8 + (fine[i] - 128)));
      }
  }
  return sharp(px, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * A PNG that is a few kilobytes on disk but claims side × side pixels (a decompression bomb): one
 * bit per pixel, every pixel black, so the rows deflate to almost nothing. It is a valid PNG.
 */
export function hugePng(side = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(side / 8)) * side); // filter byte 0, then zero bits
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
