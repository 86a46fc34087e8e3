import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActDecisionForm, AdvanceChangeForm, PhaseNotesForm } from "@/components/iso/change-forms";
import { ChangeRecord, ChangeSteps } from "@/components/iso/change-record";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { RecordHistory } from "@/components/iso/record-history";
import { ChangePhaseBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { getChange } from "@/lib/iso/changes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.change.listTitle") };
}

export default async function ChangePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const c = await getChange(actor, id);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "iso.manage", c.regencyId);
  return (
    <>
      <PageHeader
        title={c.title}
        breadcrumb={
          <Link href="/iso/changes" className="hover:underline">
            {t("iso.change.listTitle")}
          </Link>
        }
        actions={
          <LinkButton href={`/iso/changes/${c.id}/print`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
        description={
          <>
            <ChangePhaseBadge phase={c.phase} t={t} /> · {t("iso.change.cycle", { n: c.cycle })}
            {c.ownerPosition && <> · {c.ownerPosition.title}</>}
          </>
        }
      />
      <IsoTabs t={t} />
      <ChangeSteps phase={c.phase} t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card>
            <ChangeRecord c={c} canManage={canManage} t={t} />
            {c.phase === "closed" && (
              <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t("iso.change.locked")}</p>
            )}
          </Card>
          {canManage && c.phase !== "closed" && c.phase !== "act" && (
            <Card title={t(`iso.status.change.${c.phase}`)}>
              <PhaseNotesForm c={c} t={t} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {canManage && c.phase !== "closed" && (
            <Card title={c.phase === "act" ? t("iso.change.actTitle") : t("iso.nc.workflowTitle")}>
              {c.phase === "act" ? <ActDecisionForm c={c} t={t} /> : <AdvanceChangeForm c={c} t={t} />}
            </Card>
          )}
          <RecordHistory entries={c.history} t={t} locale={locale} timeZone={c.regency.timeZone} />
        </div>
      </div>
    </>
  );
}
