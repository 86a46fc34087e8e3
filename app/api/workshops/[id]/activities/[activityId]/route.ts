import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { getT } from "@/lib/i18n/server";
import { regencyTimeZone } from "@/lib/regencies/zone";
import { downloadTicket, spreadsheetResponse } from "@/lib/spreadsheet/respond";
import { exportFormatSchema, type SheetTable, sheetLabels } from "@/lib/spreadsheet/table";
import { activityKind } from "@/lib/workshops/kinds";
import { listActivityEntries } from "@/lib/workshops/queries";

type Ctx = { params: Promise<{ id: string; activityId: string }> };

// One activity's entries as .xlsx or CSV (`?format=`), times in the regency's zone.
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success || !parsed.data.activityId) return new Response("Not found", { status: 404 });
  const { id, activityId } = parsed.data;
  const data = await listActivityEntries(actor, activityId);
  if (!data || data.activity.workshopId !== id) return new Response("Not found", { status: 404 });
  const format = exportFormatSchema.parse(new URL(request.url).searchParams.get("format") ?? undefined);
  const [t, timeZone] = await Promise.all([getT(), regencyTimeZone(data.activity.regencyId)]);
  const a = data.activity;
  const { describe } = activityKind(a.kind);
  const table: SheetTable = {
    title: a.title,
    filters: [{ label: t("spreadsheet.export.activity"), value: t(`workshops.kinds.${a.kind}`) }],
    timeZone,
    filename: `hasil-${a.title.slice(0, 40)}`,
    labels: sheetLabels(t),
    columns: [
      { header: t("workshops.csv.time"), type: "datetime" },
      { header: t("workshops.attendance.name"), type: "text", width: 28 },
      { header: t("workshops.attendance.institution"), type: "text", width: 28 },
      { header: t("workshops.csv.answer"), type: "text", width: 60 },
      { header: t("workshops.csv.upvotes"), type: "number" },
      { header: t("workshops.csv.approved"), type: "text" },
      { header: t("workshops.csv.hidden"), type: "text" },
      { header: t("workshops.csv.answeredAt"), type: "datetime" },
      { header: t("workshops.csv.issue"), type: "text" },
    ],
    rows: data.entries.map((e) => [
      e.createdAt,
      e.participant.name,
      e.participant.institution,
      describe(a, e),
      e.upvoteCount,
      e.approved,
      e.hidden,
      e.answeredAt,
      e.issue ? t("issues.number", { number: e.issue.number }) : "",
    ]),
  };
  return spreadsheetResponse(table, format, downloadTicket(request));
}
