import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TriageAspirations } from "@/components/aspirations/triage-aspirations";
import { IssueTable } from "@/components/issues/issue-table";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listIssues } from "@/lib/issues/queries";
import { issueFilterSchema } from "@/lib/issues/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("issues.triageQueue") };
}

export default async function TriageQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "issues.triage", regency.id)) notFound();
  const { after } = issueFilterSchema.parse(await searchParams);
  const [result, t, locale] = await Promise.all([
    listIssues(actor, regency.id, { triage: "pending", sort: "newest", after }),
    getT(),
    getLocale(),
  ]);
  if (!result) notFound();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/issues" className="hover:underline">
            {t("issues.backToList")}
          </Link>
        }
        title={t("issues.triageQueue")}
        description={t("issues.triage.queueDescription")}
      />
      {result.rows.length === 0 ? (
        <EmptyState title={t("issues.triage.empty")} />
      ) : (
        <IssueTable
          rows={result.rows}
          t={t}
          locale={locale}
          timeZone={regency.timeZone}
          caption={t("issues.triageQueue")}
        />
      )}
      <Pagination
        basePath="/issues/triage"
        params={{ after }}
        cursorName="after"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
      <TriageAspirations actor={actor} regencyId={regency.id} timeZone={regency.timeZone} />
    </>
  );
}
