import Link from "@/components/ui/link";
import { LinkButton } from "@/components/ui/button";
import type { PublicationsDesk } from "@/lib/dashboard/desks";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DeskCard, deskLink, DeskSection } from "./desk-card";

type Piece = PublicationsDesk["drafts"]["items"][number];

/** The humas desk: the pipeline of pieces from draft to published, and coverage that flags an issue. */
export function PublicationsDeskView({
  d,
  t,
  locale,
  timeZone,
}: {
  d: PublicationsDesk;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const piece = (p: Piece, line: string) => (
    <li key={p.id} className="py-2 text-sm">
      <Link href={`/publications/${p.id}`} className={`font-medium ${deskLink}`}>
        {p.title}
      </Link>
      <div className="text-xs text-slate-700">
        {t(`publications.kinds.${p.kind}`)} · {line}
      </div>
    </li>
  );
  return (
    <DeskSection
      title={t("dashboard.humas.title")}
      actions={<LinkButton href="/publications/new">{t("dashboard.humas.newPiece")}</LinkButton>}
    >
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <DeskCard
          title={t("dashboard.humas.sentBack")}
          count={d.sentBack.count}
          items={d.sentBack.items}
          empty={t("dashboard.humas.sentBackEmpty")}
          seeAll="/publications?status=draft"
          tone="red"
          t={t}
        >
          {(p) => (
            <li key={p.id} className="py-2 text-sm">
              <Link href={`/publications/${p.id}`} className={`font-medium ${deskLink}`}>
                {p.title}
              </Link>
              {p.reviewComment && (
                <blockquote className="mt-1 border-l-2 border-amber-400 pl-2 text-slate-800">
                  {p.reviewer && (
                    <span className="block text-xs text-slate-600">
                      {t("dashboard.humas.sentBackBy", { name: p.reviewer })}
                    </span>
                  )}
                  <span className="line-clamp-3">{p.reviewComment}</span>
                </blockquote>
              )}
            </li>
          )}
        </DeskCard>
        <DeskCard
          title={t("dashboard.humas.drafts")}
          count={d.drafts.count}
          items={d.drafts.items}
          empty={t("dashboard.humas.draftsEmpty")}
          seeAll="/publications?status=draft"
          t={t}
        >
          {(p) => piece(p, t("dashboard.humas.updatedAt", { date: formatDate(p.updatedAt, locale, timeZone) }))}
        </DeskCard>
        <DeskCard
          title={t("dashboard.humas.waiting")}
          count={d.waiting.count}
          items={d.waiting.items}
          empty={t("dashboard.humas.waitingEmpty")}
          seeAll="/publications?status=submitted"
          tone="yellow"
          t={t}
        >
          {(p) => piece(p, t("dashboard.humas.submittedAt", { date: formatDate(p.submittedAt, locale, timeZone) }))}
        </DeskCard>
        <DeskCard
          title={t("dashboard.humas.scheduled")}
          count={d.scheduled.count}
          items={d.scheduled.items}
          empty={t("dashboard.humas.scheduledEmpty")}
          seeAll="/publications?status=approved"
          tone="blue"
          t={t}
        >
          {(p) => piece(p, t("dashboard.humas.publishAt", { date: formatDateTime(p.publishAt, locale, timeZone) }))}
        </DeskCard>
        <DeskCard
          title={t("dashboard.humas.published")}
          count={d.published.count}
          items={d.published.items}
          empty={t("dashboard.humas.publishedEmpty")}
          seeAll="/publications?status=approved"
          tone="green"
          t={t}
        >
          {(p) => piece(p, formatDateTime(p.firstPublishAt, locale, timeZone))}
        </DeskCard>
        <DeskCard
          title={t("dashboard.humas.media")}
          count={d.flaggedMedia.count}
          items={d.flaggedMedia.items}
          empty={t("dashboard.humas.mediaEmpty")}
          seeAll="/publications/media?sentiment=negatif"
          tone="red"
          t={t}
        >
          {(c) => (
            <li key={c.id} className="py-2 text-sm">
              <span className="font-medium text-slate-900">{c.headline}</span>
              <div className="text-xs text-slate-700">
                {c.outlet} · {formatDate(c.publishedOn, locale, timeZone)}
              </div>
              <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs">
                {c.issues.map((i) => (
                  <Link key={i.id} href={`/issues/${i.id}`} className={deskLink}>
                    {t("issues.number", { number: i.number })} · {i.title}
                  </Link>
                ))}
              </div>
            </li>
          )}
        </DeskCard>
      </div>
    </DeskSection>
  );
}
