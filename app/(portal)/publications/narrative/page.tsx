import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { addNarrativeMessageAction, retireNarrativeMessageAction } from "@/lib/publications/narrative-actions";
import { listNarrative } from "@/lib/publications/narrative-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.narrative.title") };
}

export default async function NarrativePage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const [issues, t, locale] = await Promise.all([listNarrative(actor, regency.id), getT(), getLocale()]);
  if (!issues) notFound();
  const manage = can(actor, "narrative.manage", regency.id);
  const withMessages = issues.filter((i) => i.narrativeMessages.length > 0);
  return (
    <>
      <PageHeader title={t("publications.narrative.title")} description={t("publications.narrative.description")} />
      <PublicationsSubnav t={t} current="narrative" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          {withMessages.length === 0 && <EmptyState title={t("publications.narrative.empty")} />}
          {withMessages.map((issue) => (
            <Card key={issue.id} title={`ISU-${issue.number} · ${issue.title}`}>
              <ol className="space-y-3">
                {issue.narrativeMessages.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 text-sm">
                    <div className="min-w-0 flex-1">
                      <p className="text-slate-900">{m.text}</p>
                      <p className="text-xs text-slate-600">{t("publications.narrative.approvedBy", { name: m.approvedBy?.name ?? "—", date: formatDate(m.createdAt, locale) })}</p>
                    </div>
                    {manage && (
                      <ActionForm action={retireNarrativeMessageAction} submitLabel={t("publications.narrative.retire")} variant="secondary" className="">
                        <HiddenField name="id" value={m.id} />
                        <HiddenField name="version" value={m.version} />
                      </ActionForm>
                    )}
                  </li>
                ))}
              </ol>
            </Card>
          ))}
        </div>
        {manage && (
          <Card title={t("publications.narrative.add")}>
            <ActionForm action={addNarrativeMessageAction} submitLabel={t("publications.narrative.add")} idempotencyKey={randomUUID()}>
              <SelectField name="issueId" label={t("publications.narrative.issue")} required placeholder="—" options={issues.map((i) => ({ value: i.id, label: `ISU-${i.number} · ${i.title}` }))} />
              <TextArea name="text" label={t("publications.narrative.text")} required rows={3} maxLength={600} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
