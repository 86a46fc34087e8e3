import { connection } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { readStoredFileOrNull } from "@/lib/files/store";
import { getRegencyLogo } from "@/lib/print/letterhead";

/** The regency's emblem for the kop of its printouts: for a reader of the regency, shown inline (PNG/JPEG only). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const logo = await getRegencyLogo(actor, id.data);
  if (!logo) return new Response("Not found", { status: 404 });
  const bytes = await readStoredFileOrNull(logo.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
      "Cache-Control": "private, max-age=86400",
    },
  });
}
