import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { changeOwnPasswordAction } from "@/lib/users/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.account") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getT();
  return (
    <>
      <PageHeader title={t("nav.account")} description={`${actor.name} · ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("auth.changePassword")}>
          <ActionForm action={changeOwnPasswordAction} submitLabel={t("auth.changePassword")} pendingLabel={t("common.saving")}>
            <TextField name="currentPassword" type="password" label={t("auth.currentPassword")} required autoComplete="current-password" />
            <TextField name="newPassword" type="password" label={t("auth.newPassword")} hint={t("users.passwordHint")} required autoComplete="new-password" />
            <TextField name="confirmPassword" type="password" label={t("auth.confirmPassword")} required autoComplete="new-password" />
          </ActionForm>
        </Card>
        <Card title={t("account.rolesTitle")}>
          <ul className="space-y-1 text-sm">
            {actor.isAdmin && <li>{t("roles.admin")}</li>}
            {actor.memberships.map((m) => <li key={m.regencyId}>{m.regencyName} — {t(`roles.${m.role}`)}</li>)}
          </ul>
        </Card>
      </div>
    </>
  );
}
