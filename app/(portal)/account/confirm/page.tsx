import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { confirmIdentityAction } from "@/lib/auth/actions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.reauth.title") };
}

/** Re-authentication: the password or a code, then back to `next` (checked by the action). */
export default async function ConfirmIdentityPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await requireActor();
  const [t, { next }] = await Promise.all([getT(), searchParams]);
  return (
    <>
      <PageHeader title={t("auth.reauth.title")} description={t("auth.reauth.intro")} />
      <Card className="max-w-md">
        <ActionForm
          action={confirmIdentityAction}
          submitLabel={t("auth.reauth.submit")}
          pendingLabel={t("auth.verifying")}
        >
          <HiddenField name="next" value={typeof next === "string" ? next.slice(0, 500) : "/account"} />
          <TextField
            name="password"
            type="password"
            label={t("auth.reauth.password")}
            autoComplete="current-password"
          />
          <TextField name="code" label={t("auth.reauth.code")} autoComplete="one-time-code" maxLength={20} />
        </ActionForm>
      </Card>
    </>
  );
}
