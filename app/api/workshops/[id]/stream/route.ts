import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { liveSession } from "@/lib/auth/sessions";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { workshopStream } from "@/lib/workshops/events";
import { getLiveView } from "@/lib/workshops/queries";

type Ctx = { params: Promise<{ id: string }> };

// Staff stream (presenter, control panel): every event, including results not yet shown to participants.
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const view = await getLiveView(actor, parsed.data.id);
  if (!view) return new Response("Not found", { status: 404 });
  const sessionId = actor.sessionId ?? "";
  return workshopStream(request, view.workshop.id, "staff", async () => ({ activityId: view.activity?.id ?? null }), {
    // a stream outlives no logout: it ends within STREAM_RECHECK_MS of the session's end
    allowed: async () => !!(await liveSession(sessionId)),
  });
}
