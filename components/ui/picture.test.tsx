import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Picture } from "./picture";

const render = (image: Parameters<typeof Picture>[0]["image"]) =>
  renderToStaticMarkup(<Picture src="/p" alt="Foto" image={image} sizes="100vw" className="c" />);

describe("an uploaded image's <picture>", () => {
  it("offers AVIF first, then WebP, then the JPEG <img> with its size", () => {
    const html = render({ width: 1600, height: 1067, widths: [480, 960], avif: true });
    expect(html).toBe(
      '<picture><source type="image/avif" srcSet="/p?w=480&amp;f=avif 480w, /p?w=960&amp;f=avif 960w" sizes="100vw"/>' +
        '<source type="image/webp" srcSet="/p?w=480&amp;f=webp 480w, /p?w=960&amp;f=webp 960w" sizes="100vw"/>' +
        '<img src="/p" srcSet="/p?w=480&amp;f=jpg 480w, /p?w=960&amp;f=jpg 960w, /p 1600w" sizes="100vw" width="1600" height="1067" alt="Foto" loading="lazy" decoding="async" class="c"/></picture>',
    );
  });

  it("offers no AVIF for an image stored before its AVIF copies, and no copies where there are none", () => {
    const before = render({ width: 1600, height: 1067, widths: [480, 960], avif: false });
    expect(before).not.toContain("avif");
    expect(before).toContain('<source type="image/webp"');
    const small = render({ width: 300, height: 200, widths: [], avif: true });
    expect(small).not.toContain("<source");
    expect(small).toContain('srcSet="/p 300w"');
    // stored before re-encoding: the file as it is
    expect(render({ width: null, height: null, widths: [], avif: false })).toBe(
      '<img src="/p" alt="Foto" loading="lazy" decoding="async" class="c"/>',
    );
  });
});

describe("an image URL that names its version", () => {
  it("adds the copy's width and format to the query it already has", () => {
    const html = renderToStaticMarkup(
      <Picture
        src="/p?h=abc"
        alt="Foto"
        image={{ width: 1600, height: 1067, widths: [480], avif: true }}
        sizes="100vw"
        className="c"
      />,
    );
    expect(html).toContain('srcSet="/p?h=abc&amp;w=480&amp;f=avif 480w"');
    expect(html).toContain('srcSet="/p?h=abc&amp;w=480&amp;f=jpg 480w, /p?h=abc 1600w"');
    expect(html).not.toContain("abc?");
  });
});
