import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CreateTemplateForm, DeadlinesForm, EditTemplateForm } from "@/components/aspirations/settings-forms";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getAspirationSettings, listReplyTemplates } from "@/lib/aspirations/queries";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("aspirations.settings.title") };
}

/** Deadline tiers of the regency (coordinator) and the humas reply templates. */
export default async function AspirationSettingsPage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "aspirations.read", regency.id)) notFound();
  const [settings, templates, t] = await Promise.all([
    getAspirationSettings(actor, regency.id),
    listReplyTemplates(actor, regency.id),
    getT(),
  ]);
  if (!settings || !templates) notFound();
  const mayTier = can(actor, "aspirations.settings", regency.id);
  const mayTemplates = can(actor, "replyTemplates.manage", regency.id);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/aspirations" className="hover:underline">
            {t("aspirations.title")}
          </Link>
        }
        title={t("aspirations.settings.title")}
        description={t("aspirations.settings.description")}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("aspirations.settings.deadlines")}>
          <p className="mb-4 text-sm text-slate-600">{t("aspirations.settings.workingDays")}</p>
          {mayTier ? (
            <DeadlinesForm d={settings} t={t} />
          ) : (
            <ul className="text-sm text-slate-800">
              {(
                [
                  "aspirationFirstResponseDays",
                  "aspirationStandardDays",
                  "aspirationNoFieldCheckDays",
                  "aspirationFieldCheckDays",
                ] as const
              ).map((k) => (
                <li key={k}>
                  {t(`aspirations.settings.${k}`)}: {settings[k]}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("aspirations.templates.title")}>
          <ul className="mb-6 space-y-3">
            {templates.map((tpl) => (
              <li key={tpl.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium text-slate-900">{tpl.title}</p>
                <p className="mt-1 whitespace-pre-line text-slate-700">{tpl.body}</p>
                {mayTemplates && <EditTemplateForm tpl={tpl} t={t} />}
              </li>
            ))}
          </ul>
          {mayTemplates && <CreateTemplateForm regencyId={regency.id} t={t} />}
        </Card>
      </div>
    </>
  );
}
