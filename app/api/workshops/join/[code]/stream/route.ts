import { connection } from "next/server";
import { isBusyError } from "@/lib/http/busy";
import { workshopStream } from "@/lib/workshops/events";
import { participantState } from "@/lib/workshops/participant/participant";
import { participantOf } from "@/lib/workshops/participant/http";

type Ctx = { params: Promise<{ code: string }> };

// A participant's live stream: activity changes, shown results, the Q&A list (never staff-only events).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  // a burst of phones opening at once can outwait the pool: 503, and the page's script opens it again
  const who = await participantOf(request, (await params).code).catch((e: unknown) => {
    if (isBusyError(e)) return "busy" as const;
    throw e;
  });
  if (who === "busy") return new Response("Busy", { status: 503, headers: { "Retry-After": "2" } });
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
