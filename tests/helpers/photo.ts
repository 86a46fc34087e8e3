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
