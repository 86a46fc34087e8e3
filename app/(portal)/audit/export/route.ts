import { connection } from "next/server";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { auditExportView } from "@/lib/audit/view";
import { changeLine } from "@/lib/audit/present";
import { getActor } from "@/lib/auth/session";
import { originFrom } from "@/lib/http/public-origin";
import { getLocale, getT } from "@/lib/i18n/server";
import { downloadTicket, spreadsheetResponse } from "@/lib/spreadsheet/respond";
import { exportFormatSchema, wallClock, type SheetTable, sheetLabels } from "@/lib/spreadsheet/table";

/** The filtered trail as .xlsx or CSV (`?format=`): same filters as the page, newest first, up to the export limit. */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = auditFilterSchema.parse(params);
  const format = exportFormatSchema.parse(params.format);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const view = await auditExportView(actor, filter, t, locale);
  if (!view) return new Response("Not found", { status: 404 });
  const origin = originFrom(request.headers);
  const rows = view.events.map((e) => [
    e.seq,
    e.when,
    e.regencyName ?? "",
    e.actor,
    e.text,
    e.recordType,
    e.sentence.record,
    e.recordHref ? `${origin}${e.recordHref}` : "",
    e.changes.map((c) => changeLine(t, c)).join("\n"),
    e.ip ?? "",
  ]);
  const day = wallClock(new Date(), view.timeZone).toISOString().slice(0, 10);
  // each event's time is written as text with its own regency's zone label: an admin's extract
  // spans regencies of different zones, which one typed date column could not say
  const table: SheetTable = {
    title: t("audit.title"),
    filters: view.filters.map((f) => {
      const at = f.indexOf(": ");
      return at < 0 ? { label: f, value: "" } : { label: f.slice(0, at), value: f.slice(at + 2) };
    }),
    timeZone: view.timeZone,
    filename: `${t("audit.export.filename")}-${day}`,
    labels: sheetLabels(t),
    columns: [
      { header: t("audit.seq"), type: "text", width: 8 },
      { header: t("audit.time"), type: "text", width: 22 },
      { header: t("audit.regency"), type: "text", width: 22 },
      { header: t("audit.actor"), type: "text", width: 24 },
      { header: t("audit.sentence"), type: "text", width: 60 },
      { header: t("audit.recordType"), type: "text", width: 18 },
      { header: t("audit.record"), type: "text", width: 36 },
      { header: t("audit.link"), type: "text", width: 40 },
      { header: t("audit.changes"), type: "text", width: 50 },
      { header: t("audit.ip"), type: "text", width: 16 },
    ],
    rows,
  };
  return spreadsheetResponse(table, format, downloadTicket(request));
}
