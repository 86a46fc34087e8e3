import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  removeMembershipAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setMembershipAction,
  setUserDisabledAction,
} from "@/lib/users/actions";
import { getUser, listRegencyOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("users.title") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const user = /^[0-9a-f-]{36}$/i.test(id) ? await getUser(actor, id) : null;
  if (!user) notFound();
  const [t, locale, regencies] = await Promise.all([getT(), getLocale(), listRegencyOptions()]);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/admin/users" className="hover:underline">
            {t("users.title")}
          </Link>
        }
        title={user.name}
        description={
          <>
            {user.email} · {t("users.lastLogin")}: {formatDateTime(user.lastLoginAt, locale)}
          </>
        }
        actions={
          user.disabledAt ? (
            <Badge tone="red">{t("users.disabledBadge")}</Badge>
          ) : (
            <Badge tone="green">{t("users.activeBadge")}</Badge>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("users.memberships")}>
          <ul className="mb-4 divide-y divide-slate-100">
            {user.memberships.length === 0 && (
              <li className="py-2 text-sm text-slate-600">{t("users.noMemberships")}</li>
            )}
            {user.memberships.map((m) => (
              <li key={m.regency.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {m.regency.name} — <strong>{t(`roles.${m.role}`)}</strong>
                </span>
                <ActionForm
                  action={removeMembershipAction}
                  submitLabel={t("users.removeMembership")}
                  variant="secondary"
                  className="flex items-center gap-2"
                  confirm={t("users.confirmRemoveMembership")}
                >
                  <HiddenField name="userId" value={user.id} />
                  <HiddenField name="regencyId" value={m.regency.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
          <ActionForm action={setMembershipAction} submitLabel={t("users.saveMembership")}>
            <HiddenField name="userId" value={user.id} />
            <SelectField
              name="regencyId"
              label={t("users.regency")}
              required
              options={regencies.map((r) => ({
                value: r.id,
                label: `${t(`regencyKind.${r.kind}`)} ${r.name}`,
                group: r.province,
              }))}
            />
            <SelectField
              name="role"
              label={t("users.role")}
              required
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
          </ActionForm>
        </Card>
        <div className="space-y-6">
          <Card title={t("users.resetPasswordTitle")}>
            <ActionForm action={resetPasswordAction} submitLabel={t("users.resetPassword")}>
              <HiddenField name="userId" value={user.id} />
              <TextField
                name="newPassword"
                type="password"
                label={t("auth.newPassword")}
                hint={t("users.passwordHint")}
                required
                autoComplete="new-password"
              />
            </ActionForm>
          </Card>
          <Card title={t("users.secondFactorTitle")}>
            <p className="mb-3 text-sm text-slate-600">
              {user.totpEnabledAt ? t("users.secondFactorOn") : t("users.secondFactorOff")}{" "}
              {t("users.resetSecondFactorHint")}
            </p>
            {user.totpEnabledAt && (
              <ActionForm
                action={resetSecondFactorAction}
                submitLabel={t("users.resetSecondFactor")}
                variant="danger"
                confirm={t("users.confirmResetSecondFactor")}
              >
                <HiddenField name="userId" value={user.id} />
              </ActionForm>
            )}
          </Card>
          {user.id !== actor.id && (
            <Card title={t("users.accessTitle")}>
              <p className="mb-3 text-sm text-slate-600">
                {user.disabledAt ? t("users.enableHint") : t("users.disableHint")}
              </p>
              <ActionForm
                action={setUserDisabledAction}
                submitLabel={user.disabledAt ? t("users.enable") : t("users.disable")}
                variant={user.disabledAt ? "primary" : "danger"}
                resetOnSuccess={false}
              >
                <HiddenField name="userId" value={user.id} />
                <HiddenField name="version" value={user.version} />
                <HiddenField name="disabled" value={user.disabledAt ? "false" : "true"} />
              </ActionForm>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
