import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { IssueCommunication as Communication } from "@/lib/publications/queries";

const SENTIMENT_TONE: Record<string, BadgeTone> = { positif: "green", netral: "slate", negatif: "red" };
const STANCE_TONE: Record<string, BadgeTone> = { supportive: "green", neutral: "slate", opposed: "red" };

function Section({ title, href, more, children }: { title: string; href: string; more: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-100 pt-3 first:border-0 first:pt-0">
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <Link href={href} className="shrink-0 text-xs text-emerald-800 hover:underline">
          {more}
        </Link>
      </div>
      <ul className="space-y-1.5 text-sm">{children}</ul>
    </section>
  );
}

/**
 * The issue's communication context from the humas desk — pieces, press coverage, stakeholders,
 * key messages, experts — on the issue page, so the people who work on the issue see it too.
 */
export function IssueCommunication({
  c,
  issueId,
  t,
  locale,
  timeZone,
}: {
  c: Communication;
  issueId: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const more = t("issues.communication.more");
  return (
    <Card title={t("issues.communication.title")}>
      {c.empty ? (
        <p className="text-sm text-slate-600">{t("issues.communication.empty")}</p>
      ) : (
        <div className="space-y-4">
          {c.messages.length > 0 && (
            <Section title={t("issues.communication.messages")} href="/publications/narrative" more={more}>
              {c.messages.map((m) => (
                <li key={m.id} className="border-l-2 border-emerald-600 pl-2 text-slate-800">
                  {m.text}
                </li>
              ))}
            </Section>
          )}
          {c.pieces.length > 0 && (
            <Section title={t("issues.communication.pieces")} href="/publications" more={more}>
              {c.pieces.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-x-2">
                  <Link href={`/publications/${p.id}`} className="text-emerald-800 hover:underline">
                    {p.title}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {t(`publications.kinds.${p.kind}`)} · {t(`publications.statuses.${p.status}`)}
                  </span>
                </li>
              ))}
            </Section>
          )}
          {c.coverage.length > 0 && (
            <Section
              title={t("issues.communication.coverage", {
                negative: c.bySentiment.negatif ?? 0,
                total: Object.values(c.bySentiment).reduce((a, b) => a + b, 0),
              })}
              href={`/publications/media?issueId=${issueId}`}
              more={more}
            >
              {c.coverage.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-x-2">
                  <Badge tone={SENTIMENT_TONE[m.sentiment]}>{t(`media.sentiments.${m.sentiment}`)}</Badge>
                  <a href={m.url} rel="noopener noreferrer" className="text-emerald-800 hover:underline">
                    {m.headline}
                  </a>
                  <span className="text-xs text-slate-600">
                    {m.outlet} · {formatDate(m.publishedOn, locale, timeZone)}
                  </span>
                </li>
              ))}
            </Section>
          )}
          {c.stakeholders.length > 0 && (
            <Section
              title={t("issues.communication.stakeholders")}
              href={`/publications/stakeholders?issueId=${issueId}`}
              more={more}
            >
              {c.stakeholders.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-x-2">
                  <span className="text-slate-900">{s.name}</span>
                  {s.organisation && <span className="text-xs text-slate-600">{s.organisation}</span>}
                  <Badge tone={STANCE_TONE[s.stance]}>{t(`stakeholders.stances.${s.stance}`)}</Badge>
                </li>
              ))}
            </Section>
          )}
          {c.experts.length > 0 && (
            <Section title={t("issues.communication.experts")} href="/publications/network" more={more}>
              {c.experts.map((e) => (
                <li key={e.id}>
                  <span className="text-slate-900">{e.name}</span>{" "}
                  <span className="text-xs text-slate-600">
                    {e.discipline}
                    {e.institution && ` · ${e.institution}`}
                  </span>
                </li>
              ))}
            </Section>
          )}
        </div>
      )}
    </Card>
  );
}
