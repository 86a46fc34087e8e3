import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import {
  confirmExpertsImportAction,
  confirmIssuesImportAction,
  confirmMediaImportAction,
  confirmStakeholdersImportAction,
  previewExpertsImportAction,
  previewIssuesImportAction,
  previewMediaImportAction,
  previewStakeholdersImportAction,
} from "@/lib/imports/actions";
import { IMPORT_KIND, IMPORT_KINDS, importKindSchema, type ImportKindKey } from "@/lib/imports/kinds";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/spreadsheet/read";

const ACTIONS = {
  issues: [previewIssuesImportAction, confirmIssuesImportAction],
  stakeholders: [previewStakeholdersImportAction, confirmStakeholdersImportAction],
  media: [previewMediaImportAction, confirmMediaImportAction],
  experts: [previewExpertsImportAction, confirmExpertsImportAction],
} satisfies Record<ImportKindKey, unknown[]>;

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = importKindSchema.safeParse((await params).kind);
  const t = await getT();
  return { title: kind.success ? t(`spreadsheet.import.titles.${kind.data}`) : t("spreadsheet.import.title") };
}

export default async function ImportPage({ params }: Props) {
  const parsed = importKindSchema.safeParse((await params).kind);
  if (!parsed.success) notFound();
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  const kind = IMPORT_KIND[parsed.data];
  if (!regency || !can(actor, kind.permission, regency.id)) notFound();
  const t = await getT();
  const [preview, confirm] = ACTIONS[kind.key];
  const others = IMPORT_KINDS.filter((k) => can(actor, IMPORT_KIND[k].permission, regency.id));
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={kind.listPath} className="hover:underline">
            {t("spreadsheet.import.backToList")}
          </Link>
        }
        title={t(`spreadsheet.import.titles.${kind.key}`)}
        description={`${regency.name} — ${t("spreadsheet.import.description")}`}
      />
      <nav aria-label={t("spreadsheet.import.kind")} className="mb-4 flex flex-wrap gap-2">
        {others.map((k) => (
          <Link
            key={k}
            href={`/import/${k}`}
            aria-current={k === kind.key ? "page" : undefined}
            className={buttonClass(k === kind.key ? "primary" : "secondary")}
          >
            {t(`spreadsheet.import.titles.${k}`)}
          </Link>
        ))}
      </nav>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <Card className="min-w-0">
          <ImportForm
            key={kind.key}
            kind={kind.key}
            regencyId={regency.id}
            preview={preview}
            confirm={confirm}
            idempotencyKey={randomUUID()}
            listPath={kind.listPath}
            limits={{ rows: IMPORT_MAX_ROWS, mb: IMPORT_MAX_BYTES / 1024 / 1024 }}
          />
        </Card>
        <Card title={t("spreadsheet.import.templateTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("spreadsheet.import.templateBody")}</p>
          <a href={`/import/${kind.key}/template`} className={buttonClass("secondary")} download>
            {t("spreadsheet.import.template")}
          </a>
          <p className="mt-3 text-sm text-slate-700">{t("spreadsheet.import.allOrNothing")}</p>
        </Card>
      </div>
    </>
  );
}
