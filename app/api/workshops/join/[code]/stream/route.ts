import { connection } from "next/server";
import { workshopStream } from "@/lib/workshops/events";
import { participantState } from "@/lib/workshops/participant/participant";
import { participantOf } from "@/lib/workshops/participant/http";

type Ctx = { params: Promise<{ code: string }> };

// A participant's live stream: activity changes, shown results, the Q&A list (never staff-only events).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const who = await participantOf(request, (await params).code);
  if (!who) return new Response("Not joined", { status: 401 });
  return workshopStream(request, who.w.id, "all", async () => {
    const s = await participantState(who.w.id, who.p.id);
    return {
      activityId: s.activity?.id ?? null,
      open: s.activity?.open ?? false,
      resultsVisible: s.activity?.resultsVisible ?? false,
      locked: s.locked,
    };
  });
}
