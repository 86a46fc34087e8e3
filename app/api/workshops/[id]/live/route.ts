import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { getLiveView } from "@/lib/workshops/queries";

type Ctx = { params: Promise<{ id: string }> };

// The presenter's current activity with its results (JSON; refetched on every live event).
export async function GET(_request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "not_found" }, { status: 404 });
  const view = await getLiveView(actor, parsed.data.id);
  if (!view) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
}
