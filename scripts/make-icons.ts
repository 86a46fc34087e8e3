// Draws the Mekar mark (a five-petal flower on the emerald of the portal) into public/icons: the
// PNGs the web app manifest (app/manifest.ts) names. Run once: `npx tsx scripts/make-icons.ts`.
import path from "node:path";
import sharp from "sharp";

const EMERALD = "#065f46";
const petals = Array.from({ length: 5 }, (_, i) => i * 72)
  .map((deg) => `<ellipse cx="256" cy="168" rx="52" ry="92" transform="rotate(${deg} 256 256)" />`)
  .join("");

/** `inset`: the share of the canvas the flower keeps clear of the edge (maskable icons are cropped to a circle). */
function svg(rounded: boolean, inset: number): string {
  const scale = 1 - inset * 2;
  const shift = 256 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="${EMERALD}"/>
  <g transform="translate(${shift} ${shift}) scale(${scale})">
    <g fill="#ffffff" fill-opacity="0.92">${petals}</g>
    <circle cx="256" cy="256" r="54" fill="#fbbf24"/>
  </g>
</svg>`;
}

const out = path.join(process.cwd(), "public/icons");
await Promise.all([
  sharp(Buffer.from(svg(true, 0.06)))
    .resize(192, 192)
    .png()
    .toFile(path.join(out, "mekar-192.png")),
  sharp(Buffer.from(svg(true, 0.06)))
    .resize(512, 512)
    .png()
    .toFile(path.join(out, "mekar-512.png")),
  sharp(Buffer.from(svg(false, 0.16)))
    .resize(512, 512)
    .png()
    .toFile(path.join(out, "mekar-maskable-512.png")),
]);
