import { z } from "zod";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { downloadTicket, spreadsheetResponse } from "@/lib/spreadsheet/respond";
import { exportFormatSchema, isoLocal, type SheetTable, sheetLabels } from "@/lib/spreadsheet/table";
import { listAttendance } from "@/lib/workshops/queries";

const querySchema = z.object({ session: z.uuid().optional(), format: exportFormatSchema });

type Ctx = { params: Promise<{ id: string }> };

// Daftar hadir as .xlsx or CSV (names and institutions typed by participants: text cells, never formulas).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const sp = new URL(request.url).searchParams;
  const query = querySchema.safeParse({
    session: sp.get("session") ?? undefined,
    format: sp.get("format") ?? undefined,
  });
  if (!query.success) return new Response("Not found", { status: 404 });
  const data = await listAttendance(actor, parsed.data.id, query.data.session);
  if (!data) return new Response("Not found", { status: 404 });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const timeZone = data.workshop.regency.timeZone;
  const filters: SheetTable["filters"] = [
    { label: t("spreadsheet.export.regency"), value: data.workshop.regency.name },
    { label: t("spreadsheet.export.workshop"), value: data.workshop.title },
  ];
  if (data.session)
    filters.push({
      label: t("spreadsheet.export.session"),
      value: formatDateTime(data.session.startsAt, locale, timeZone),
    });
  const day = data.session ? `-${isoLocal(data.session.startsAt, "datetime", timeZone).slice(0, 10)}` : "";
  const table: SheetTable = {
    title: `${t("workshops.attendance.heading")} — ${data.workshop.title}`,
    sheetName: t("workshops.attendance.title"),
    filters,
    timeZone,
    filename: `daftar-hadir-${data.workshop.title.slice(0, 40)}${day}`,
    labels: sheetLabels(t),
    columns: [
      { header: "No", type: "number", width: 6 },
      { header: t("workshops.attendance.name"), type: "text", width: 30 },
      { header: t("workshops.attendance.institution"), type: "text", width: 30 },
      { header: t("workshops.attendance.position"), type: "text", width: 24 },
      { header: t("workshops.attendance.joinedAt"), type: "datetime" },
      { header: t("workshops.attendance.entries"), type: "number", width: 12 },
    ],
    rows: data.participants.map((p, i) => [i + 1, p.name, p.institution, p.position, p.joinedAt, p._count.entries]),
  };
  return spreadsheetResponse(table, query.data.format, downloadTicket(request));
}
