import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EditIssueForm } from "@/components/issues/issue-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getIssue, issueFormOptions } from "@/lib/issues/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("issues.edit") };
}

export default async function EditIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const issue = await getIssue(actor, (await params).id);
  if (!issue || !issue.permissions.edit) notFound();
  const [t, options] = await Promise.all([getT(), issueFormOptions(actor, issue.regencyId)]);
  if (!options) notFound();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={`/issues/${issue.id}`} className="hover:underline">
            {t("issues.number", { number: issue.number })} · {issue.title}
          </Link>
        }
        title={t("issues.editTitle", { number: issue.number })}
      />
      <Card className="max-w-3xl">
        <EditIssueForm issue={issue} options={options} t={t} />
      </Card>
    </>
  );
}
