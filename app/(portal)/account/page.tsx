import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { ChannelSettingsForms } from "@/components/notifications/channel-settings";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { disableSecondFactorAction, endOtherSessionsAction, endSessionAction } from "@/lib/auth/actions";
import { mySecondFactor } from "@/lib/auth/second-factor";
import { ENROL_PATH, mustUseSecondFactor } from "@/lib/auth/second-factor-policy";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { listMySessions } from "@/lib/auth/sessions";
import { requireActor } from "@/lib/auth/session";
import { DEPLOYMENT_ZONE, formatDateTime } from "@/lib/i18n/format";
import { formatNip } from "@/lib/users/nip";
import { getLocale, getT } from "@/lib/i18n/server";
import { myNotificationChannels } from "@/lib/notifications/queries";
import { changeOwnPasswordAction, updateOwnNipAction } from "@/lib/users/actions";
import { myNip } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.account") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const [t, locale, secondFactor, sessions, channels, nip, regency] = await Promise.all([
    getT(),
    getLocale(),
    mySecondFactor(actor),
    listMySessions(actor),
    myNotificationChannels(actor),
    myNip(actor),
    getActiveRegency(actor),
  ]);
  // the actor's own sign-ins, in the zone of the regency they work in (labelled)
  const tz = regency?.timeZone ?? DEPLOYMENT_ZONE;
  const mandatory = mustUseSecondFactor(actor);
  const oversight = actor.memberships.filter((m) => m.role === "oversight").length;
  return (
    <>
      <PageHeader title={t("nav.account")} description={`${actor.name} · ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("auth.changePassword")}>
          <ActionForm
            action={changeOwnPasswordAction}
            submitLabel={t("auth.changePassword")}
            pendingLabel={t("common.saving")}
          >
            <TextField
              name="currentPassword"
              type="password"
              label={t("auth.currentPassword")}
              required
              autoComplete="current-password"
            />
            <TextField
              name="newPassword"
              type="password"
              label={t("auth.newPassword")}
              hint={t("users.ownPasswordHint")}
              required
              autoComplete="new-password"
            />
            <TextField
              name="confirmPassword"
              type="password"
              label={t("auth.confirmPassword")}
              required
              autoComplete="new-password"
            />
          </ActionForm>
        </Card>
        <div className="space-y-6">
          <Card title={t("users.nipTitle")}>
            <ActionForm
              action={updateOwnNipAction}
              submitLabel={t("common.save")}
              pendingLabel={t("common.saving")}
              resetOnSuccess={false}
            >
              <TextField
                name="nip"
                label={t("users.nip")}
                hint={t("users.nipHint")}
                defaultValue={nip ? formatNip(nip) : ""}
                maxLength={40}
                autoComplete="off"
              />
            </ActionForm>
          </Card>
          <Card title={t("auth.secondFactor.title")}>
            <p className="mb-3 text-sm text-slate-700">
              {secondFactor.enabledAt
                ? t("auth.secondFactor.on", { date: formatDateTime(secondFactor.enabledAt, locale, tz) })
                : t("auth.secondFactor.off")}
              {mandatory && <> {t("auth.secondFactor.mandatory")}</>}
            </p>
            {!secondFactor.enabledAt && (
              <Link href={ENROL_PATH} className={buttonClass("primary")}>
                {t("auth.secondFactor.enable")}
              </Link>
            )}
            {secondFactor.enabledAt && !mandatory && (
              <ActionForm
                action={disableSecondFactorAction}
                submitLabel={t("auth.secondFactor.disable")}
                variant="secondary"
              >
                <TextField
                  name="password"
                  type="password"
                  label={t("auth.password")}
                  hint={t("auth.secondFactor.disableHint")}
                  required
                  autoComplete="current-password"
                />
              </ActionForm>
            )}
          </Card>
          <Card title={t("account.rolesTitle")}>
            <ul className="space-y-1 text-sm">
              {actor.isAdmin && <li>{t("roles.admin")}</li>}
              {actor.memberships
                .filter((m) => m.role !== "oversight")
                .map((m) => (
                  <li key={m.regencyId}>
                    {m.regencyName} — {t(`roles.${m.role}`)}
                  </li>
                ))}
              {oversight > 0 && (
                <li>
                  {t("roles.oversight")} — {t("account.oversightScope", { count: oversight })}
                </li>
              )}
            </ul>
          </Card>
        </div>
        <Card title={t("notifications.channels.title")} className="lg:col-span-2">
          <ChannelSettingsForms settings={channels} timeZone={tz} t={t} />
        </Card>
        <Card title={t("auth.sessions.title")} className="lg:col-span-2">
          <ul className="mb-4 divide-y divide-slate-100" aria-label={t("auth.sessions.title")}>
            {sessions.map((s) => (
              <li
                key={s.id}
                data-testid="session"
                className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              >
                <span>
                  <strong>{s.userAgent ?? t("auth.sessions.unknownDevice")}</strong>
                  {s.id === actor.sessionId && (
                    <span className="ml-2">
                      <Badge tone="blue">{t("auth.sessions.current")}</Badge>
                    </span>
                  )}
                  <br />
                  <span className="text-slate-600">
                    {s.ip ?? "—"} · {t("auth.sessions.started", { date: formatDateTime(s.createdAt, locale, tz) })} ·{" "}
                    {t("auth.sessions.lastSeen", { date: formatDateTime(s.lastSeenAt, locale, tz) })}
                  </span>
                </span>
                <ActionForm
                  action={endSessionAction}
                  submitLabel={t("auth.sessions.endThis")}
                  variant="secondary"
                  className="flex items-center gap-2"
                >
                  <HiddenField name="sessionId" value={s.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
          {/* always there, so its message stays after the others are gone */}
          <ActionForm action={endOtherSessionsAction} submitLabel={t("auth.sessions.endOthers")} variant="danger" />
        </Card>
      </div>
    </>
  );
}
