import { connection } from "next/server";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { z } from "zod";
import { downloadTicket, spreadsheetResponse } from "@/lib/spreadsheet/respond";
import { exportFormatSchema, wallClock, type SheetTable, sheetLabels } from "@/lib/spreadsheet/table";
import { listStakeholders } from "@/lib/stakeholders/queries";

// the page's issue filter (an id, else none) and the file format, validated like every input
const querySchema = z.object({ issueId: z.uuid().optional().catch(undefined), format: exportFormatSchema });

/** The stakeholder map of the active regency as .xlsx or CSV (`?format=`), with the issue filter of the page. */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const regency = await getActiveRegency(actor);
  if (!regency) return new Response("Not found", { status: 404 });
  const { issueId, format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const timeZone = regency.timeZone;
  const [rows, t] = await Promise.all([listStakeholders(actor, regency.id, { issueId }), getT()]);
  if (!rows) return new Response("Not found", { status: 404 });
  const filters: SheetTable["filters"] = [{ label: t("spreadsheet.export.regency"), value: regency.name }];
  const issue = issueId ? rows.flatMap((r) => r.issues).find((i) => i.issue.id === issueId)?.issue : undefined;
  if (issue)
    filters.push({
      label: t("stakeholders.fields.issues"),
      value: `${t("issues.number", { number: issue.number })} ${issue.title}`,
    });
  const day = wallClock(new Date(), timeZone).toISOString().slice(0, 10);
  const table: SheetTable = {
    title: `${t("stakeholders.title")} — ${regency.name}`,
    sheetName: t("stakeholders.list"),
    filters,
    timeZone,
    filename: `pemangku-kepentingan-${regency.slug}-${day}`,
    labels: sheetLabels(t),
    columns: [
      { header: t("stakeholders.fields.name"), type: "text", width: 28 },
      { header: t("stakeholders.fields.organisation"), type: "text", width: 28 },
      { header: t("stakeholders.fields.type"), type: "text", width: 16 },
      { header: t("stakeholders.fields.power"), type: "number", width: 12 },
      { header: t("stakeholders.fields.interest"), type: "number", width: 12 },
      { header: t("stakeholders.fields.stance"), type: "text", width: 12 },
      { header: t("stakeholders.fields.quadrant"), type: "text", width: 22 },
      { header: t("stakeholders.fields.issues"), type: "text", width: 40 },
      { header: t("stakeholders.fields.notes"), type: "text", width: 40 },
    ],
    rows: rows.map((r) => [
      r.name,
      r.organisation,
      t(`stakeholders.types.${r.type}`),
      r.power,
      r.interest,
      t(`stakeholders.stances.${r.stance}`),
      t(`stakeholders.quadrants.${r.quadrant}`),
      r.issues.map((i) => t("issues.number", { number: i.issue.number })).join(", "),
      r.notes,
    ]),
  };
  return spreadsheetResponse(table, format, downloadTicket(request));
}
