import { connection } from "next/server";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { IMPORT_KIND, importKindSchema } from "@/lib/imports/kinds";
import { importTemplate } from "@/lib/imports/template";

type Ctx = { params: Promise<{ kind: string }> };

/** The .xlsx template of an import: column names, an example row, and a sheet of notes. */
export async function GET(_request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = importKindSchema.safeParse((await params).kind);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const kind = IMPORT_KIND[parsed.data];
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, kind.permission, regency.id)) return new Response("Not found", { status: 404 });
  const t = await getT();
  const body = await importTemplate(kind, t);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="templat-impor-${kind.key}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
