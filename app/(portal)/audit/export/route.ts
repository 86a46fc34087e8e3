import { connection } from "next/server";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { auditExportView } from "@/lib/audit/view";
import { changeLine } from "@/lib/audit/present";
import { getActor } from "@/lib/auth/session";
import { originFrom } from "@/lib/http/public-origin";
import { csvResponse, toCsv } from "@/lib/csv";
import { getLocale, getT } from "@/lib/i18n/server";

/** The filtered trail as a table: same filters as the page, newest first, up to the export limit. */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const view = await auditExportView(actor, filter, t, locale);
  if (!view) return new Response("Not found", { status: 404 });
  const header = [
    t("audit.seq"),
    t("audit.time"),
    t("audit.regency"),
    t("audit.actor"),
    t("audit.sentence"),
    t("audit.recordType"),
    t("audit.record"),
    t("audit.link"),
    t("audit.changes"),
    t("audit.ip"),
  ];
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
  const filename = `${t("audit.export.filename")}-${new Date().toISOString().slice(0, 10)}`;
  // SPREADSHEET EXPORT CALL SITE (issue 14): the one place that turns the audit table into a file.
  // Switch this to the xlsx/CSV module of lib/spreadsheet when it lands (title: t("audit.title"),
  // filters named in the first rows: view.filters, header, rows).
  return csvResponse(`${filename}.csv`, toCsv(header, rows));
}
