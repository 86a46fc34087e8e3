import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { setApproverAction } from "@/lib/publications/actions";
import { getApproverSettings, listPublications } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.reviewQueue") };
}

export default async function ReviewQueuePage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const [queue, settings, t, locale] = await Promise.all([listPublications(actor, regency.id, { status: "submitted" }), getApproverSettings(actor, regency.id), getT(), getLocale()]);
  if (!queue || !settings) notFound();
  return (
    <>
      <PageHeader title={t("publications.reviewQueue")} description={t("publications.reviewDescription")} />
      <PublicationsSubnav t={t} current="review" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div>
          {queue.items.length === 0 ? (
            <EmptyState title={t("publications.emptyQueue")} />
          ) : (
            <Table caption={t("publications.reviewQueue")} head={<tr><th className={th}>{t("publications.fields.title")}</th><th className={th}>{t("publications.fields.author")}</th><th className={th}>{t("publications.fields.publishAt")}</th></tr>}>
              {queue.items.map((p) => (
                <tr key={p.id}>
                  <td className={td}>
                    <Link href={`/publications/${p.id}`} className="font-medium text-emerald-800 hover:underline">{p.title}</Link>
                    <div className="text-xs text-slate-600">{t(`publications.kinds.${p.kind}`)}{p._count.versions > 0 ? ` · ${t("publications.public.correctedBadge")}` : ""}</div>
                  </td>
                  <td className={td}>{p.author.name}</td>
                  <td className={td}>{p.publishAt ? formatDateTime(p.publishAt, locale) : "—"}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        <Card title={t("publications.detail.approverSetting")}>
          <p className="mb-3 text-sm text-slate-700">{t("publications.detail.approverNow", { names: settings.effective.join(", ") || t("publications.detail.approverNone") })}</p>
          {can(actor, "publications.approve", regency.id) && (
            <ActionForm action={setApproverAction} submitLabel={t("common.save")} resetOnSuccess={false}>
              <HiddenField name="regencyId" value={regency.id} />
              <SelectField
                name="positionId"
                label={t("publications.fields.approver")}
                hint={t("publications.detail.approverSettingHint")}
                placeholder={t("publications.detail.approverNone")}
                defaultValue={settings.approverPositionId}
                options={settings.positions.map((p) => ({ value: p.id, label: p.title }))}
              />
            </ActionForm>
          )}
        </Card>
      </div>
    </>
  );
}
