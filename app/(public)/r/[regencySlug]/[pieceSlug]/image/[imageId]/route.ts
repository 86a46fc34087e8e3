import { connection } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { copyOf, variantKey } from "@/lib/files/images";
import { readStoredFileOrNull } from "@/lib/files/store";
import { imageVersion } from "@/lib/publications/image-url";
import { getPublicImage } from "@/lib/publications/public-queries";
import { getPublicationImageForMember } from "@/lib/publications/queries";

// ?w=480&f=avif|webp|jpg: a narrower copy (lib/files/images.ts); ?v=og: the 1200×630 share image.
// Anything else, an image stored before re-encoding, or AVIF asked of an image stored before AVIF
// copies were made, is the master. ?h= names the bytes (lib/publications/image-url.ts).
const querySchema = z.object({
  h: z.string().optional().catch(undefined),
  w: z.coerce.number().int().optional().catch(undefined),
  f: z.enum(["avif", "webp", "jpg"]).optional().catch(undefined),
  v: z.literal("og").optional().catch(undefined),
});

const paramsSchema = z.object({
  regencySlug: z.string().regex(/^[a-z0-9-]{1,120}$/),
  pieceSlug: z.string().regex(/^[a-z0-9-]{1,120}$/),
  imageId: z.uuid(),
});

/**
 * A piece's image. The public gets only images of published versions of pieces that are not
 * withdrawn; a draft's image only a signed-in member with publications.read in the regency.
 * A new upload is a new id, but the image sweep re-encodes an image stored by an earlier version
 * under the same id: a public answer is cached for good only when the URL's `h` names the bytes
 * served, otherwise for ten minutes (an old link, a share card fetched before).
 */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ regencySlug: string; pieceSlug: string; imageId: string }> },
) {
  await connection();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { regencySlug, pieceSlug, imageId } = parsed.data;
  const q = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  let image = await getPublicImage(regencySlug, pieceSlug, imageId);
  let cache =
    image && q.h === imageVersion(image.sha256) ? "public, max-age=31536000, immutable" : "public, max-age=600";
  if (!image) {
    const actor = await getActor();
    image = actor ? await getPublicationImageForMember(actor, regencySlug, pieceSlug, imageId) : null;
    cache = "private, no-store";
  }
  if (!image) return new Response("Not found", { status: 404 });
  const reencoded = image.widths.length > 0 || image.storageKey.endsWith(".jpg");
  const variant =
    reencoded && q.v === "og" && image.contentType === "image/jpeg"
      ? { key: variantKey(image.storageKey, "og"), type: "image/jpeg" }
      : copyOf(image, q.w, q.f);
  // a copy that is missing (an image stored before its share copy existed) falls back to the
  // master, sent with the master's type
  const copy = variant ? await readStoredFileOrNull(variant.key) : null;
  const bytes = copy ?? (await readStoredFileOrNull(image.storageKey));
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": copy && variant ? variant.type : image.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cache,
    },
  });
}
