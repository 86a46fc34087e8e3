import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { csvResponse, toCsv } from "@/lib/csv";
import { getT } from "@/lib/i18n/server";
import { activityKind } from "@/lib/workshops/kinds";
import { listActivityEntries } from "@/lib/workshops/queries";

type Ctx = { params: Promise<{ id: string; activityId: string }> };

// One activity's entries as CSV.
export async function GET(_request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success || !parsed.data.activityId) return new Response("Not found", { status: 404 });
  const { id, activityId } = parsed.data;
  const data = await listActivityEntries(actor, activityId);
  if (!data || data.activity.workshopId !== id) return new Response("Not found", { status: 404 });
  const t = await getT();
  const a = data.activity;
  const { describe } = activityKind(a.kind);
  const rows = data.entries.map((e) => [
    e.createdAt,
    e.participant.name,
    e.participant.institution,
    describe(a, e),
    e.upvoteCount,
    e.approved ? 1 : 0,
    e.hidden ? 1 : 0,
    e.answeredAt,
    e.issue ? `ISU-${e.issue.number}` : "",
  ]);
  const header = [
    t("workshops.csv.time"),
    t("workshops.attendance.name"),
    t("workshops.attendance.institution"),
    t("workshops.csv.answer"),
    t("workshops.csv.upvotes"),
    t("workshops.csv.approved"),
    t("workshops.csv.hidden"),
    t("workshops.csv.answeredAt"),
    t("workshops.csv.issue"),
  ];
  return csvResponse(`hasil-${a.title.slice(0, 40)}.csv`, toCsv(header, rows));
}
