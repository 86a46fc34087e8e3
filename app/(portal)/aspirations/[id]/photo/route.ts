import { connection } from "next/server";
import { z } from "zod";
import { getAspirationPhoto } from "@/lib/aspirations/queries";
import { getActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/files/images";
import { readStoredFileOrNull } from "@/lib/files/store";

// ?w=480&f=avif|webp|jpg: a narrower copy (lib/files/images.ts); anything else, or a photo stored
// before its copies existed, is the master.
const querySchema = z.object({
  w: z.coerce.number().int().optional().catch(undefined),
  f: z.enum(["avif", "webp", "jpg"]).optional().catch(undefined),
});

/** A citizen's photo (re-encoded, no metadata): only for someone who may see the aspiration. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const photo = await getAspirationPhoto(actor, id.data);
  if (!photo) return new Response("Not found", { status: 404 });
  const q = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  // every copy was made with its AVIF (photos stored before have no copies at all)
  const variant = copyOf({ ...photo, avif: true }, q.w, q.f);
  const copy = variant ? await readStoredFileOrNull(variant.key) : null;
  const bytes = copy ?? (await readStoredFileOrNull(photo.storageKey));
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": copy && variant ? variant.type : "image/jpeg",
      "Content-Disposition": 'inline; filename="foto.jpg"',
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
