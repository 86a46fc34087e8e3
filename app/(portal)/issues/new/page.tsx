import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CreateIssueForm } from "@/components/issues/issue-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("issues.newTitle") };
}

export default async function NewIssuePage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "issues.propose", regency.id)) notFound();
  const t = await getT();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/issues" className="hover:underline">
            {t("issues.backToList")}
          </Link>
        }
        title={t("issues.newTitle")}
        description={`${regency.name} — ${t("issues.newDescription")}`}
      />
      <Card className="max-w-3xl">
        <CreateIssueForm regencyId={regency.id} t={t} />
      </Card>
    </>
  );
}
