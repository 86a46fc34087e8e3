import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { ChangePhaseBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createChangeAction } from "@/lib/iso/changes/actions";
import { listChanges, listIssueOptions } from "@/lib/iso/changes/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.change.listTitle") };
}

export default async function ChangesPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [changes, positions, issues] = await Promise.all([listChanges(actor, regency.id), listPositionOptions(actor, regency.id), listIssueOptions(actor, regency.id)]);
  if (!changes || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.changesHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {changes.length === 0 ? (
            <EmptyState title={t("iso.change.empty")} />
          ) : (
            <Table caption={t("iso.change.listTitle")} head={<tr><th className={th}>{t("iso.change.titleField")}</th><th className={th}>{t("iso.change.phase")}</th><th className={th}>{t("iso.change.owner")}</th><th className={th}>{t("iso.change.issue")}</th></tr>}>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td className={td}><Link href={`/iso/changes/${c.id}`} className="font-medium text-emerald-800 hover:underline">{c.title}</Link><div className="text-xs text-slate-600">{formatDate(c.updatedAt, locale)}</div></td>
                  <td className={`${td} whitespace-nowrap`}><ChangePhaseBadge phase={c.phase} t={t} /> <span className="text-xs text-slate-600">{t("iso.change.cycle", { n: c.cycle })}</span></td>
                  <td className={td}>{c.ownerPosition?.title ?? "—"}</td>
                  <td className={td}>{c.issue ? `ISU-${c.issue.number}` : "—"}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {canManage && (
          <Card title={t("iso.change.new")}>
            <ActionForm action={createChangeAction} submitLabel={t("iso.change.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="title" label={t("iso.change.titleField")} required maxLength={200} />
              <TextArea name="purpose" label={t("iso.change.purpose")} required rows={3} maxLength={5000} />
              <TextArea name="consequences" label={t("iso.change.consequences")} rows={2} maxLength={10000} />
              <TextArea name="resources" label={t("iso.change.resources")} rows={2} maxLength={10000} />
              <SelectField name="ownerPositionId" label={t("iso.change.owner")} placeholder={t("iso.change.noOwner")} options={positions.map((p) => ({ value: p.id, label: p.title }))} />
              <SelectField name="issueId" label={t("iso.change.issue")} placeholder={t("iso.change.noIssue")} options={issues.map((i) => ({ value: i.id, label: `ISU-${i.number} ${i.title}` }))} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
