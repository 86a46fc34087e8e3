import { connection } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { readStoredFile } from "@/lib/files/store";
import { getPublicImage } from "@/lib/publications/public-queries";
import { getPublicationImageForMember } from "@/lib/publications/queries";

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
  _req: Request,
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
  const bytes = await readStoredFile(image.storageKey);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cache,
    },
  });
}
