import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import {
  EditDraftForm,
  MakeEffectiveForm,
  NewVersionForm,
  ReviewVersionForm,
  SubmitVersionForm,
} from "@/components/iso/document-forms";
import { DocumentVersionTable } from "@/components/iso/document-table";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { DocStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getDocument } from "@/lib/iso/documents/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.doc.listTitle") };
}

const querySchema = z.object({ v: z.coerce.number().int().positive().optional().catch(undefined) });

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const doc = await getDocument(actor, id);
  if (!doc) notFound();
  const { v: wanted } = querySchema.parse(await searchParams);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "iso.manage", doc.regencyId);
  const canApprove = can(actor, "iso.approve", doc.regencyId);
  const effective = doc.versions.find((v) => v.status === "effective");
  const open = doc.versions.find((v) => v.status === "draft" || v.status === "in_review" || v.status === "approved");
  const shown = (wanted && doc.versions.find((v) => v.versionNo === wanted)) || effective || doc.versions[0];
  return (
    <>
      <PageHeader
        title={`${doc.number} · ${doc.title}`}
        breadcrumb={
          <Link href="/iso/documents" className="hover:underline">
            {t("iso.doc.listTitle")}
          </Link>
        }
        description={
          <>
            {t(`iso.docType.${doc.type}`)}
            {doc.ownerAgency && <> · {doc.ownerAgency.name}</>}
            {effective ? (
              <>
                {" "}
                ·{" "}
                {t("iso.doc.effectiveSince", { date: formatDate(effective.effectiveAt, locale, doc.regency.timeZone) })}
              </>
            ) : (
              <> · {t("iso.doc.noEffective")}</>
            )}
          </>
        }
        actions={
          <LinkButton href={`/iso/documents/${doc.id}/print?v=${shown.versionNo}`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card
            title={
              <>
                {t("iso.doc.versionLabel", { n: shown.versionNo })} <DocStatusBadge status={shown.status} t={t} />
              </>
            }
          >
            {shown.changeSummary && (
              <p className="mb-3 text-sm text-slate-600">
                {t("iso.doc.changeSummary")}: {shown.changeSummary}
              </p>
            )}
            <Markdown>{shown.content}</Markdown>
          </Card>
          {open?.status === "draft" && canManage && (
            <Card title={t("iso.doc.draftTitle", { n: open.versionNo })}>
              <EditDraftForm documentId={doc.id} v={open} t={t} />
            </Card>
          )}
          <Card title={t("iso.doc.versionsTitle")}>
            <DocumentVersionTable doc={doc} t={t} locale={locale} timeZone={doc.regency.timeZone} />
          </Card>
        </div>
        <div className="space-y-6">
          {open?.status === "draft" && canManage && (
            <Card title={t("iso.doc.draftTitle", { n: open.versionNo })}>
              <SubmitVersionForm documentId={doc.id} v={open} t={t} />
            </Card>
          )}
          {open?.status === "in_review" && (
            <Card title={t("iso.doc.reviewTitle", { n: open.versionNo })}>
              {canApprove && open.authorId !== actor.id ? (
                <ReviewVersionForm documentId={doc.id} v={open} t={t} />
              ) : (
                <p className="text-sm text-slate-600">{t("iso.doc.waitingApproval")}</p>
              )}
            </Card>
          )}
          {open?.status === "approved" && (
            <Card title={t("iso.doc.effectiveTitle", { n: open.versionNo })}>
              {open.approver && (
                <p className="mb-3 text-sm text-slate-700">
                  {t("iso.doc.approvedBy", {
                    name: open.approver.name,
                    date: formatDate(open.approvedAt, locale, doc.regency.timeZone),
                  })}
                </p>
              )}
              {canApprove && <MakeEffectiveForm documentId={doc.id} v={open} t={t} />}
            </Card>
          )}
          {!open && canManage && (
            <Card title={t("iso.doc.newVersionTitle")}>
              <NewVersionForm documentId={doc.id} t={t} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
