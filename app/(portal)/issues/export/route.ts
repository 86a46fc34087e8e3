import { connection } from "next/server";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { getT } from "@/lib/i18n/server";
import { exportIssues } from "@/lib/issues/queries";
import { issueFilterSchema } from "@/lib/issues/schemas";

/** The filtered register as CSV: same filters as the page, every matching row (up to 10,000). */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const regency = await getActiveRegency(actor);
  if (!regency) return new Response("Not found", { status: 404 });
  const filter = issueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await exportIssues(actor, regency.id, filter);
  if (!rows) return new Response("Not found", { status: 404 });
  const t = await getT();
  const yes = t("common.yes");
  const no = t("common.no");
  const header = [
    t("issues.fields.number"),
    t("issues.fields.title"),
    t("issues.fields.category"),
    t("issues.fields.stage"),
    t("issues.fields.lifecycle"),
    t("issues.fields.triage"),
    t("issues.fields.priority"),
    t("issues.fields.percentDone"),
    t("issues.fields.agency"),
    t("issues.fields.owner"),
    t("issues.fields.dueDate"),
    t("issues.fields.lastUpdate"),
    t("issues.attention.stale"),
    t("issues.attention.escalated"),
    t("issues.attention.overdue"),
    t("issues.public"),
  ];
  const body = toCsv(
    header,
    rows.map((r) => [
      `ISU-${r.number}`,
      r.title,
      t(`issues.categories.${r.category}`),
      t(`issues.stages.${r.stage}`),
      t(`issues.lifecycles.${r.lifecycle}`),
      t(`issues.triageStates.${r.triage}`),
      r.priority,
      r.percentDone,
      r.agencyName,
      r.ownerTitle,
      r.dueDate?.toISOString().slice(0, 10) ?? "",
      r.lastUpdateAt.toISOString(),
      r.stale ? yes : no,
      r.escalated ? yes : no,
      r.overdue ? yes : no,
      r.isPublic ? yes : no,
    ]),
  );
  return csvResponse(`${t("issues.csv.filename")}-${regency.slug}-${new Date().toISOString().slice(0, 10)}.csv`, body);
}
