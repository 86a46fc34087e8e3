import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.dashboard") };
}

export default async function DashboardPage() {
  const actor = await requireActor();
  const [t, regency] = await Promise.all([getT(), getActiveRegency(actor)]);
  if (!regency) return <EmptyState title={t("dashboard.noRegencyTitle")} description={t("dashboard.noRegencyBody")} />;
  return (
    <>
      <PageHeader title={t("dashboard.workspaceTitle", { regency: regency.name })} description={t("dashboard.welcome", { name: actor.name })} />
      <EmptyState title={t("dashboard.emptyTitle")} description={t("dashboard.emptyBody")} />
    </>
  );
}
