import { connection } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { fileResponse, readStoredFileOrNull } from "@/lib/files/store";
import { getEvidenceFile } from "@/lib/iso/files/queries";

/** Evidence download: only for someone who may read the record the file belongs to. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const file = await getEvidenceFile(actor, id.data);
  if (!file) return new Response("Not found", { status: 404 });
  const bytes = await readStoredFileOrNull(file.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return fileResponse(bytes, file);
}
