import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { AppointmentBadge } from "@/components/regencies/appointment-badge";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { endTermAction, updateLeaderProfileAction } from "@/lib/leadership/actions";
import { getLeader } from "@/lib/leadership/queries";
import { loadRegency } from "../../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("leadership.profile.title") };
}

export default async function LeaderPage({ params }: { params: Promise<{ slug: string; termId: string }> }) {
  const { slug, termId } = await params;
  const { actor, regency } = await loadRegency(slug);
  const leader = /^[0-9a-f-]{36}$/i.test(termId) ? await getLeader(actor, termId) : null;
  if (!leader || leader.position.regencyId !== regency.id) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const manage = can(actor, "leadership.manage", regency.id);
  const field = (label: string, value: string | null) => (
    <div className="py-2">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">{value || <span className="text-slate-500">{t("leadership.profile.notFilled")}</span>}</dd>
    </div>
  );
  return (
    <>
      <PageHeader
        breadcrumb={<Link href={`/regencies/${regency.slug}/leadership`} className="hover:underline">{t("leadership.title")} · {regency.name}</Link>}
        title={leader.personName}
        description={<>{leader.position.title} · {formatDate(leader.startDate, locale)} – {leader.endDate ? formatDate(leader.endDate, locale) : t("leadership.present")}</>}
        actions={<AppointmentBadge kind={leader.appointment} t={t} />}
      />
      <RegencyNav slug={regency.slug} current="/leadership" t={t} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("leadership.profile.title")}>
          <dl className="divide-y divide-slate-100">
            {field(t("leadership.profile.background"), leader.background)}
            {field(t("leadership.profile.disciplines"), leader.disciplines)}
            {field(t("leadership.profile.leadershipMethod"), leader.leadershipMethod)}
            {field(t("leadership.profile.leadershipType"), leader.leadershipType)}
            {field(t("leadership.profile.notes"), leader.profileNotes)}
            {field(t("leadership.fields.account"), leader.user ? `${leader.user.name} (${leader.user.email})` : null)}
          </dl>
        </Card>
        {manage && (
          <div className="space-y-6">
            <Card title={t("leadership.profile.editTitle")}>
              <ActionForm action={updateLeaderProfileAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
                <HiddenField name="termId" value={leader.id} />
                <HiddenField name="version" value={leader.version} />
                <TextArea name="background" label={t("leadership.profile.background")} defaultValue={leader.background} rows={3} maxLength={4000} />
                <TextField name="disciplines" label={t("leadership.profile.disciplines")} defaultValue={leader.disciplines} maxLength={500} />
                <TextArea name="leadershipMethod" label={t("leadership.profile.leadershipMethod")} defaultValue={leader.leadershipMethod} rows={3} maxLength={2000} />
                <TextField name="leadershipType" label={t("leadership.profile.leadershipType")} hint={t("leadership.profile.leadershipTypeHint")} defaultValue={leader.leadershipType} maxLength={200} />
                <TextArea name="profileNotes" label={t("leadership.profile.notes")} hint={t("leadership.profile.notesHint")} defaultValue={leader.profileNotes} rows={4} maxLength={4000} />
              </ActionForm>
            </Card>
            <Card title={t("leadership.endTermTitle")}>
              <p className="mb-3 text-sm text-slate-600">{t("leadership.endTermHint")}</p>
              <ActionForm action={endTermAction} submitLabel={t("leadership.endTerm")} variant="danger" confirm={t("leadership.confirmEndTerm")} resetOnSuccess={false}>
                <HiddenField name="termId" value={leader.id} />
                <HiddenField name="version" value={leader.version} />
                <TextField name="endDate" type="date" label={t("leadership.fields.endDate")} required defaultValue={leader.endDate?.toISOString().slice(0, 10)} />
              </ActionForm>
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
