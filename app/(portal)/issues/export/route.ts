import { connection } from "next/server";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { exportIssues, issueFormOptions } from "@/lib/issues/queries";
import { issueFilterSchema } from "@/lib/issues/schemas";
import { downloadTicket, spreadsheetResponse } from "@/lib/spreadsheet/respond";
import { exportFormatSchema, type SheetTable, sheetLabels, wallClock } from "@/lib/spreadsheet/table";

const FLAGS = ["open", "stale", "escalated", "overdue", "mine"] as const;

/**
 * The filtered register as .xlsx or CSV (`?format=xlsx|csv|csv-semicolon`): same filters as
 * the page, every matching row (up to 10,000), times in the regency's zone.
 */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const regency = await getActiveRegency(actor);
  if (!regency) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = issueFilterSchema.parse(params);
  const format = exportFormatSchema.parse(params.format);
  const timeZone = regency.timeZone; // the active regency carries its zone: no second read
  const [rows, options, t] = await Promise.all([
    exportIssues(actor, regency.id, filter),
    issueFormOptions(actor, regency.id),
    getT(),
  ]);
  if (!rows || !options) return new Response("Not found", { status: 404 });
  const filters: SheetTable["filters"] = [{ label: t("spreadsheet.export.regency"), value: regency.name }];
  if (filter.q) filters.push({ label: t("issues.filters.q"), value: filter.q });
  if (filter.stage) filters.push({ label: t("issues.fields.stage"), value: t(`issues.stages.${filter.stage}`) });
  if (filter.category)
    filters.push({ label: t("issues.fields.category"), value: t(`issues.categories.${filter.category}`) });
  const agency = options.agencies.find((a) => a.id === filter.agency);
  if (agency) filters.push({ label: t("issues.fields.agency"), value: agency.shortName ?? agency.name });
  const position = options.positions.find((p) => p.id === filter.position);
  if (position) filters.push({ label: t("issues.filters.position"), value: position.title });
  if (filter.priority)
    filters.push({ label: t("issues.fields.priority"), value: t(`issues.priorities.${filter.priority}`) });
  if (filter.triage)
    filters.push({ label: t("issues.fields.triage"), value: t(`issues.triageStates.${filter.triage}`) });
  for (const f of FLAGS) if (filter[f]) filters.push({ label: t(`issues.filters.${f}`), value: t("common.yes") });
  if (filter.sort) filters.push({ label: t("issues.filters.sort"), value: t(`issues.sorts.${filter.sort}`) });
  const day = wallClock(new Date(), timeZone).toISOString().slice(0, 10);
  const table: SheetTable = {
    title: `${t("issues.title")} — ${regency.name}`,
    sheetName: t("issues.title"),
    filters,
    timeZone,
    filename: `${t("issues.csv.filename")}-${regency.slug}-${day}`,
    labels: sheetLabels(t),
    columns: [
      { header: t("issues.fields.number"), type: "text", width: 10 },
      { header: t("issues.fields.title"), type: "text", width: 48 },
      { header: t("issues.fields.category"), type: "text", width: 22 },
      { header: t("issues.fields.stage"), type: "text", width: 14 },
      { header: t("issues.fields.lifecycle"), type: "text", width: 14 },
      { header: t("issues.fields.triage"), type: "text", width: 16 },
      { header: t("issues.fields.priority"), type: "number", width: 10 },
      { header: t("issues.fields.percentDone"), type: "percent", width: 10 },
      { header: t("issues.fields.agency"), type: "text", width: 28 },
      { header: t("issues.fields.owner"), type: "text", width: 28 },
      { header: t("issues.fields.dueDate"), type: "date" },
      { header: t("issues.fields.lastUpdate"), type: "datetime" },
      { header: t("issues.attention.stale"), type: "text", width: 10 },
      { header: t("issues.attention.escalated"), type: "text", width: 10 },
      { header: t("issues.attention.overdue"), type: "text", width: 10 },
      { header: t("issues.public"), type: "text", width: 10 },
    ],
    rows: rows.map((r) => [
      t("issues.number", { number: r.number }),
      r.title,
      t(`issues.categories.${r.category}`),
      t(`issues.stages.${r.stage}`),
      t(`issues.lifecycles.${r.lifecycle}`),
      t(`issues.triageStates.${r.triage}`),
      r.priority,
      r.percentDone,
      r.agencyName,
      r.ownerTitle,
      r.dueDate,
      r.lastUpdateAt,
      r.stale,
      r.escalated,
      r.overdue,
      r.isPublic,
    ]),
  };
  return spreadsheetResponse(table, format, downloadTicket(request));
}
