import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField, HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { AppointmentBadge } from "@/components/regencies/appointment-badge";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Badge } from "@/components/ui/badge";
import { Card, Stat } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { appointHolderAction, createPositionAction, setCoordinatorAction } from "@/lib/leadership/actions";
import { getLeadership, getLeadershipFormOptions, getLeadershipHistory } from "@/lib/leadership/queries";
import { APPOINTMENT_KINDS, COORDINATOR_KINDS, POSITION_KINDS } from "@/lib/leadership/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ regency }, t] = await Promise.all([loadRegency((await params).slug), getT()]);
  return { title: `${t("leadership.title")} · ${regency.name}` };
}

export default async function LeadershipPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string>> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const wanted = (await searchParams).position;
  const [t, locale, positions, history, options] = await Promise.all([
    getT(), getLocale(), getLeadership(actor, regency.id), getLeadershipHistory(actor, regency.id), getLeadershipFormOptions(actor, regency.id),
  ]);
  if (!positions || !history) notFound();
  const gaps = positions.filter((p) => !p.holder);
  const coordinator = positions.find((p) => p.isCoordinator);
  const base = `/regencies/${regency.slug}`;
  const movedText = (moved: Record<string, number>) => {
    const parts = Object.entries(moved).map(([k, n]) => {
      const label = t(`leadership.moved.${k}`);
      return `${label === `leadership.moved.${k}` ? k : label}: ${n}`;
    });
    return parts.length ? parts.join(", ") : t("leadership.moved.nothing");
  };
  return (
    <>
      <PageHeader breadcrumb={<Link href={base} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("leadership.title")} description={t("leadership.description")} />
      <RegencyNav slug={regency.slug} current="/leadership" t={t} />
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <Stat label={t("leadership.stats.positions")} value={positions.length} />
        <Stat label={t("leadership.stats.gaps")} value={gaps.length} tone={gaps.length ? "warn" : "good"} href="#konfigurasi" />
        <Stat label={t("leadership.stats.coordinator")} value={<span className="text-base">{coordinator ? coordinator.title : t("leadership.noCoordinator")}</span>} tone={coordinator ? "default" : "bad"} />
      </div>
      <section id="konfigurasi" aria-labelledby="konfigurasi-title" className="mb-8">
        <h2 id="konfigurasi-title" className="mb-3 text-lg font-semibold text-slate-900">{t("leadership.current")}</h2>
        <Table
          caption={t("leadership.current")}
          head={<tr><th className={th}>{t("leadership.fields.position")}</th><th className={th}>{t("leadership.fields.holder")}</th><th className={th}>{t("leadership.fields.appointment")}</th><th className={th}>{t("leadership.fields.since")}</th></tr>}
        >
          {positions.map((p) => (
            <tr key={p.id} className={p.holder ? undefined : "bg-amber-50"}>
              <td className={td}>
                <span className="font-medium text-slate-900">{p.title}</span>
                {p.isCoordinator && <span className="ml-2"><Badge tone="blue">{t("leadership.coordinatorBadge")}</Badge></span>}
                <div className="text-xs text-slate-600">{t(`leadership.kinds.${p.kind}`)}{p.agency ? ` · ${p.agency.shortName ?? p.agency.name}` : ""}{p.dprdCommission ? ` · ${p.dprdCommission}` : ""}</div>
              </td>
              <td className={td}>
                {p.holder ? (
                  <Link href={`${base}/leaders/${p.holder.id}`} className="text-emerald-800 hover:underline">{p.holder.personName}</Link>
                ) : (
                  <span className="inline-flex flex-wrap items-center gap-2">
                    <Badge tone="red">{t("leadership.gap")}</Badge>
                    {options && <Link href={`?position=${p.id}#angkat`} className="text-sm text-emerald-800 underline">{t("leadership.fillGap")}</Link>}
                  </span>
                )}
              </td>
              <td className={td}>{p.holder ? <AppointmentBadge kind={p.holder.appointment} t={t} /> : "—"}</td>
              <td className={`${td} whitespace-nowrap`}>{p.holder ? formatDate(p.holder.startDate, locale) : "—"}</td>
            </tr>
          ))}
        </Table>
      </section>

      {options && can(actor, "leadership.manage", regency.id) && (
        <div className="mb-8 grid gap-6 lg:grid-cols-2">
          <Card title={<span id="angkat">{t("leadership.appointTitle")}</span>}>
            <p className="mb-3 text-sm text-slate-600">{t("leadership.appointHint")}</p>
            <ActionForm key={wanted ?? "none"} action={appointHolderAction} submitLabel={t("leadership.appoint")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <SelectField
                name="positionId"
                label={t("leadership.fields.position")}
                required
                defaultValue={positions.some((p) => p.id === wanted) ? wanted : undefined}
                placeholder={t("leadership.choosePosition")}
                options={positions.map((p) => ({ value: p.id, label: p.holder ? `${p.title} — ${p.holder.personName}` : `${p.title} — ${t("leadership.gap")}` }))}
              />
              <TextField name="personName" label={t("leadership.fields.personName")} required maxLength={160} />
              <SelectField name="appointment" label={t("leadership.fields.appointment")} required defaultValue="definitif" options={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`leadership.appointmentKinds.${k}`) }))} />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField name="startDate" type="date" label={t("leadership.fields.startDate")} required />
                <TextField name="endDate" type="date" label={t("leadership.fields.endDate")} hint={t("leadership.endDateHint")} />
              </div>
              <SelectField name="userId" label={t("leadership.fields.account")} placeholder={t("leadership.noAccount")} options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))} />
            </ActionForm>
          </Card>
          <div className="space-y-6">
            <Card title={t("leadership.coordinatorTitle")}>
              <p className="mb-3 text-sm text-slate-600">{t("leadership.coordinatorHint")}</p>
              <ActionForm action={setCoordinatorAction} submitLabel={t("leadership.setCoordinator")} resetOnSuccess={false}>
                <SelectField
                  name="positionId"
                  label={t("leadership.coordinatorPosition")}
                  required
                  defaultValue={coordinator?.id}
                  options={positions.filter((p) => (COORDINATOR_KINDS as readonly string[]).includes(p.kind)).map((p) => ({ value: p.id, label: p.holder ? `${p.title} — ${p.holder.personName}` : p.title }))}
                />
              </ActionForm>
            </Card>
            <Card title={t("leadership.createPositionTitle")}>
              <ActionForm action={createPositionAction} submitLabel={t("leadership.createPosition")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
                <HiddenField name="regencyId" value={regency.id} />
                <SelectField name="kind" label={t("leadership.fields.kind")} required defaultValue="kepala_opd" options={POSITION_KINDS.map((k) => ({ value: k, label: t(`leadership.kinds.${k}`) }))} />
                <TextField name="title" label={t("leadership.fields.title")} required maxLength={160} />
                <SelectField name="agencyId" label={t("leadership.fields.agency")} placeholder={t("leadership.noAgency")} options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
                <TextField name="dprdCommission" label={t("leadership.fields.dprdCommission")} hint={t("leadership.dprdCommissionHint")} maxLength={60} />
              </ActionForm>
            </Card>
          </div>
        </div>
      )}

      <section aria-labelledby="riwayat-title" className="grid gap-6 lg:grid-cols-2">
        <h2 id="riwayat-title" className="sr-only">{t("leadership.history")}</h2>
        <Card title={t("leadership.handovers")}>
          {history.handovers.length === 0 ? (
            <p className="text-sm text-slate-600">{t("leadership.noHandovers")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {history.handovers.map((h) => (
                <li key={h.id} className="py-2">
                  <div className="font-medium text-slate-900">{h.position.title} · {formatDate(h.handedOverOn, locale)}</div>
                  <div className="text-slate-700">{h.fromTerm?.personName ?? t("leadership.vacant")} → {h.toTerm.personName} ({t(`leadership.appointmentShort.${h.toTerm.appointment}`)})</div>
                  <div className="text-xs text-slate-600">{t("leadership.movedLabel")}: {movedText(h.moved)}{h.recordedBy ? ` · ${t("leadership.recordedBy", { name: h.recordedBy.name })}` : ""}</div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("leadership.terms")}>
          <ul className="divide-y divide-slate-100 text-sm">
            {history.terms.map((term) => (
              <li key={term.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <Link href={`${base}/leaders/${term.id}`} className="font-medium text-emerald-800 hover:underline">{term.personName}</Link>
                  <span className="text-slate-600"> · {term.position.title}</span>
                </span>
                <span className="flex items-center gap-2 whitespace-nowrap text-xs text-slate-600">
                  <AppointmentBadge kind={term.appointment} t={t} />
                  {formatDate(term.startDate, locale)} – {term.endDate ? formatDate(term.endDate, locale) : t("leadership.present")}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </section>
    </>
  );
}
