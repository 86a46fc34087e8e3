import { connection } from "next/server";
import { z } from "zod";
import { getAspirationPhoto } from "@/lib/aspirations/queries";
import { getActor } from "@/lib/auth/session";
import { readStoredFileOrNull } from "@/lib/files/store";

/** A citizen's photo (re-encoded, no metadata): only for someone who may see the aspiration. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const photo = await getAspirationPhoto(actor, id.data);
  if (!photo) return new Response("Not found", { status: 404 });
  const bytes = await readStoredFileOrNull(photo.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Disposition": 'inline; filename="foto.jpg"',
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
