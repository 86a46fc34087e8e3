import { connection } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { copyOf, variantKey } from "@/lib/files/images";
import { readStoredFileOrNull } from "@/lib/files/store";
import { getPublicImage } from "@/lib/publications/public-queries";
import { getPublicationImageForMember } from "@/lib/publications/queries";

// ?w=480&f=avif|webp|jpg: a narrower copy (lib/files/images.ts); ?v=og: the 1200×630 share image.
// Anything else, an image stored before re-encoding, or AVIF asked of an image stored before AVIF
// copies were made, is the master.
const querySchema = z.object({
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
 * An image row never changes (a new upload is a new id), so public copies may be cached for good.
 */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ regencySlug: string; pieceSlug: string; imageId: string }> },
) {
  await connection();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { regencySlug, pieceSlug, imageId } = parsed.data;
  let image = await getPublicImage(regencySlug, pieceSlug, imageId);
  let cache = "public, max-age=31536000, immutable";
  if (!image) {
    const actor = await getActor();
    image = actor ? await getPublicationImageForMember(actor, regencySlug, pieceSlug, imageId) : null;
    cache = "private, no-store";
  }
  if (!image) return new Response("Not found", { status: 404 });
  const q = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
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
