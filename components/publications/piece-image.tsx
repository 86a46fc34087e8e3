import { Picture } from "@/components/ui/picture";

/** A published piece's photo at the article's width (components/ui/picture.tsx). */
export function PieceImage({
  src,
  alt,
  image,
}: {
  src: string;
  alt: string;
  image: { width: number | null; height: number | null; widths: number[]; avif: boolean } | null;
}) {
  return (
    <Picture
      src={src}
      alt={alt}
      image={image}
      sizes="(max-width: 768px) 100vw, 768px"
      className="h-auto max-h-[28rem] w-auto max-w-full rounded-md"
    />
  );
}
