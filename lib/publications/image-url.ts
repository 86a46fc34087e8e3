/**
 * A piece's image URL named for its bytes: `<piece URL>/image/<id>?h=<first 16 hex of SHA-256>`.
 * The image route caches an answer for good only when `h` names the bytes it serves, so when the
 * image sweep re-encodes an image stored by an earlier version (lib/files/image-sweep.ts: same id,
 * new bytes), pages name a new URL and no browser or proxy keeps showing the original, with its
 * EXIF location, from a cache.
 */
export const imageVersion = (sha256: string) => sha256.slice(0, 16);

export function pieceImageUrl(pieceUrl: string, imageId: string, image: { sha256: string } | null | undefined): string {
  return image ? `${pieceUrl}/image/${imageId}?h=${imageVersion(image.sha256)}` : `${pieceUrl}/image/${imageId}`;
}
