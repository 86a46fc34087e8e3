/**
 * An uploaded image re-encoded on upload (lib/files/images.ts): its narrower AVIF, WebP and JPEG
 * copies in srcset, so a phone fetches the width it shows in the smallest format its browser reads
 * (AVIF only where the image has AVIF copies); width and height reserve its place while it loads.
 * `src` answers the master and `src` with `w=<width>&f=<avif|webp|jpg>` added to its query a copy.
 * An image stored before re-encoding (no sizes known) is shown as it is.
 */
export function Picture({
  src,
  alt,
  image,
  sizes,
  className,
}: {
  src: string;
  alt: string;
  image: { width: number | null; height: number | null; widths: number[]; avif: boolean } | null;
  sizes: string;
  className: string;
}) {
  if (!image?.width || !image.height)
    return <img src={src} alt={alt} loading="lazy" decoding="async" className={className} />;
  const join = src.includes("?") ? "&" : "?";
  const set = (format: "avif" | "webp" | "jpg") =>
    [
      ...image.widths.map((w) => `${src}${join}w=${w}&f=${format} ${w}w`),
      ...(format === "jpg" ? [`${src} ${image.width}w`] : []),
    ].join(", ");
  const copies = image.widths.length > 0;
  return (
    <picture>
      {copies && image.avif && <source type="image/avif" srcSet={set("avif")} sizes={sizes} />}
      {copies && <source type="image/webp" srcSet={set("webp")} sizes={sizes} />}
      <img
        src={src}
        srcSet={set("jpg")}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading="lazy"
        decoding="async"
        className={className}
      />
    </picture>
  );
}
