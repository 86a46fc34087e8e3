import { describe, expect, it } from "vitest";
import { logoProblem, MAX_LOGO_BYTES } from "./logo";

const png = (size = 64) => {
  const b = new Uint8Array(size);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return b;
};
const jpeg = (size = 64) => {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

describe("the regency emblem for the kop", () => {
  it("takes a PNG or a JPEG whose bytes are what the type says", () => {
    expect(logoProblem("image/png", png())).toBeNull();
    expect(logoProblem("image/jpeg", jpeg())).toBeNull();
    expect(logoProblem("image/png", png(MAX_LOGO_BYTES))).toBeNull();
  });

  it("refuses SVG (scripts), WebP, GIF and PDF", () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(logoProblem("image/svg+xml", svg)).toBe("regencies.logo.errors.type");
    for (const type of ["image/webp", "image/gif", "application/pdf"])
      expect(logoProblem(type, png())).toBe("regencies.logo.errors.type");
  });

  it("refuses a file whose content is not the claimed image", () => {
    expect(logoProblem("image/png", jpeg())).toBe("regencies.logo.errors.content");
    expect(logoProblem("image/jpeg", new TextEncoder().encode("<html><script>x</script></html>"))).toBe(
      "regencies.logo.errors.content",
    );
  });

  it("refuses an empty file and one over 512 KB", () => {
    expect(logoProblem("image/png", new Uint8Array(0))).toBe("files.errors.empty");
    expect(logoProblem("image/png", png(MAX_LOGO_BYTES + 1))).toBe("regencies.logo.errors.tooLarge");
  });
});
