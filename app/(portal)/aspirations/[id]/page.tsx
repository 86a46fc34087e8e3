import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import {
  AcceptForm,
  AnswerForm,
  CloseForm,
  ForwardForm,
  RejectForm,
  VerifyForm,
} from "@/components/aspirations/aspiration-forms";
import { AttentionBadge, STATUS_TONE } from "@/components/aspirations/aspiration-list";
import { ReplyAside } from "@/components/aspirations/reply-aside";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Picture } from "@/components/ui/picture";
import { lastDayOf } from "@/lib/aspirations/deadlines";
import { getAspiration } from "@/lib/aspirations/queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("aspirations.title") };
}

const UUID = /^[0-9a-f-]{36}$/;

/** One aspiration inside the regency: the sender (personal data), the history, and the next steps. */
export default async function AspirationPage({ params }: Props) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const actor = await requireActor();
  const a = await getAspiration(actor, id);
  if (!a) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const zone = a.regency.timeZone;
  const triage = can(actor, "aspirations.triage", a.regencyId);
  const waiting = ["received", "verified", "forwarded"].includes(a.status);
  const answerable = waiting || a.status === "answered";
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/aspirations" className="hover:underline">
            {t("aspirations.title")}
          </Link>
        }
        title={`${t("aspirations.fields.code")} ${a.code}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">{t("aspirations.fromPublic")}</Badge>
            <Badge>{t(`aspirations.categories.${a.category}`)}</Badge>
            <Badge tone={STATUS_TONE[a.status]}>{t(`aspirations.statuses.${a.status}`)}</Badge>
            <AttentionBadge a={a} t={t} />
            {waiting && (
              <span>
                {t("aspirations.fields.dueAt")}: {formatDate(lastDayOf(a.dueAt), locale, zone)}
              </span>
            )}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title={t("aspirations.fields.text")}>
            <p className="whitespace-pre-line text-slate-900">{a.text}</p>
            {a.hasPhoto && (
              <div className="mt-4">
                <Picture
                  src={`/aspirations/${a.id}/photo`}
                  alt={t("aspirations.photoAlt")}
                  image={{ width: a.photoWidth, height: a.photoHeight, widths: a.photoWidths, avif: true }}
                  sizes="(max-width: 640px) 100vw, 576px"
                  className="h-auto max-h-96 w-auto max-w-full rounded-md border border-slate-200"
                />
              </div>
            )}
            <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-600">{t("aspirations.fields.senderName")}</dt>
                <dd className="text-slate-900">{a.senderName ?? t("aspirations.anonymous")}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("aspirations.fields.senderContact")}</dt>
                <dd className="text-slate-900">{a.senderContact ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("aspirations.fields.createdAt")}</dt>
                <dd className="text-slate-900">{formatDateTime(a.createdAt, locale, zone)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("aspirations.fields.issue")}</dt>
                <dd className="text-slate-900">
                  {a.issue ? (
                    <Link href={`/issues/${a.issue.id}`} className="text-emerald-800 underline">
                      ISU-{a.issue.number} {a.issue.title}
                    </Link>
                  ) : (
                    "—"
                  )}
                </dd>
              </div>
            </dl>
            <p className="mt-3 text-xs text-slate-600">{t("aspirations.personalData")}</p>
          </Card>
          <Card title={t("aspirations.history")}>
            <ol className="space-y-3 text-sm">
              {a.events.map((e) => (
                <li key={e.id} className="border-l-2 border-slate-200 pl-3">
                  <p className="text-xs text-slate-600">
                    {formatDateTime(e.createdAt, locale, zone)}
                    {e.agencyName ? ` · ${e.agencyName}` : ""}
                  </p>
                  <p className="font-medium text-slate-900">
                    {e.kind === "answer"
                      ? `${t("aspirations.public.answer")} (${e.isPublic ? t("aspirations.answer.public") : t("aspirations.answer.private")})`
                      : t(`aspirations.statuses.${e.status ?? "received"}`)}
                  </p>
                  {e.body && <p className="mt-1 whitespace-pre-line text-slate-800">{e.body}</p>}
                </li>
              ))}
            </ol>
            {a.answeredAt && (
              <p className="mt-3 text-xs text-slate-600">
                {t(a.answeredOnTime ? "aspirations.answeredOnTime" : "aspirations.answeredLate", {
                  date: formatDate(a.answeredAt, locale, zone),
                })}
              </p>
            )}
          </Card>
          {answerable && (
            <Card title={t("aspirations.actions.answer")}>
              <div className="grid gap-6 md:grid-cols-5">
                <div className="md:col-span-3">
                  <AnswerForm a={a} t={t} />
                </div>
                <div className="md:col-span-2">
                  <ReplyAside templates={a.templates} narrative={a.narrative} t={t} />
                </div>
              </div>
            </Card>
          )}
        </div>
        {triage && (
          <div className="min-w-0 space-y-6">
            {a.status === "received" && (
              <Card title={t("aspirations.actions.verify")}>
                <VerifyForm a={a} t={t} />
              </Card>
            )}
            {waiting && (
              <Card title={t("aspirations.actions.forward")}>
                <ForwardForm a={a} t={t} />
              </Card>
            )}
            {answerable && (
              <Card title={t("aspirations.actions.accept")}>
                <AcceptForm a={a} t={t} />
              </Card>
            )}
            {a.status === "answered" && (
              <Card title={t("aspirations.actions.close")}>
                <CloseForm a={a} t={t} />
              </Card>
            )}
            {(a.status === "received" || a.status === "verified") && (
              <Card title={t("aspirations.actions.reject")}>
                <RejectForm a={a} t={t} />
              </Card>
            )}
          </div>
        )}
      </div>
    </>
  );
}
