import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { OfficialDocument } from "@/components/print/official-document";
import { ResultsView } from "@/components/workshops/results-view";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLetterhead } from "@/lib/print/letterhead";
import { getLocale, getT } from "@/lib/i18n/server";
import { FollowUpList } from "@/components/workshops/follow-up-list";
import { sessionLabel } from "@/components/workshops/session-list";
import { workshopFollowUps } from "@/lib/workshops/follow-ups/queries";
import { getWorkshopSummary } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.summary.title") };
}

// The printable session summary: agenda, every activity's results, answers and issues raised.
export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = (await params).id;
  const data = await getWorkshopSummary(actor, id);
  if (!data) notFound();
  const [t, locale, followUps, kop] = await Promise.all([
    getT(),
    getLocale(),
    workshopFollowUps(actor, id),
    getLetterhead(actor, data.workshop.regencyId),
  ]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  const w = data.workshop;
  const title = t("print.titles.summary");
  return (
    <OfficialDocument
      letterhead={kop}
      title={title}
      reference={`${title} · ${w.code}`}
      subject={
        <>
          <p className="font-bold">{w.title}</p>
          <p>
            {formatDateTime(w.startsAt, locale, tz)}
            {w.venue && ` · ${w.venue}`} · {t("workshops.participantsCount")}: {w._count.participants}
          </p>
        </>
      }
      date={w.startsAt}
      path={`/workshops/${w.id}/summary`}
      backHref={`/workshops/${w.id}`}
      note={t("print.printedAt", { date: formatDateTime(new Date(), locale, tz), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.acknowledged"), position: t("print.roles.coordinator") },
        { caption: t("print.madeBy"), position: t("print.roles.facilitator"), ...w.createdBy },
      ]}
    >
      {w.sessions.length > 0 && (
        <Card title={t("workshops.sessions.title")} className="mb-4 break-inside-avoid">
          <ul className="space-y-1 text-sm">
            {w.sessions.map((x) => (
              <li key={x.id}>
                {sessionLabel(x, locale, tz)} · {x.venue || w.venue || "—"} ·{" "}
                {t(`workshops.sessions.status.${x.status}`)} ·{" "}
                {t("workshops.sessions.attendanceLink", { count: x.attendance })}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {w.agenda.length > 0 && (
        <Card title={t("workshops.fields.agenda")} className="mb-4 break-inside-avoid">
          <ol className="space-y-1 text-sm">
            {w.agenda.map((x, i) => (
              <li key={i}>
                <span className="font-mono">{x.time}</span> {x.title}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <div className="space-y-4">
        {data.activities.map((a, i) => (
          <Card
            key={a.id}
            title={`${i + 1}. ${a.title} — ${t(`workshops.kinds.${a.kind}`)}`}
            className="break-inside-avoid"
          >
            {a.prompt && <p className="mb-3 text-sm text-slate-700">{a.prompt}</p>}
            {a.textual ? (
              a.texts.length === 0 ? (
                <p className="text-sm text-slate-600">{t("workshops.live.noResults")}</p>
              ) : (
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {a.texts.map((x) => (
                    <li key={x.id} className="whitespace-pre-wrap break-words">
                      {x.upvoteCount > 0 && <span className="tabular-nums text-slate-600">▲ {x.upvoteCount} </span>}
                      {x.text}
                      {x.answeredAt && (
                        <span className="ml-2 rounded-full bg-slate-100 px-2 text-xs text-slate-700">
                          {t("workshops.live.answered")}
                        </span>
                      )}
                      {x.issue && (
                        <>
                          {" "}
                          —{" "}
                          <Link className="text-emerald-800 underline" href={`/issues/${x.issue.id}`}>
                            ISU-{x.issue.number}
                          </Link>
                        </>
                      )}
                      {x.potential && (
                        <>
                          {" "}
                          {t("workshops.potentials.linkedTo")}{" "}
                          <Link
                            className="text-emerald-800 underline"
                            href={`/regencies/${data.regencySlug}/potentials#potensi-${x.potential.id}`}
                          >
                            {x.potential.title}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )
            ) : (
              <ResultsView activity={a} results={a.results} t={t} />
            )}
          </Card>
        ))}
        {data.potentials.length > 0 && (
          <Card title={t("workshops.potentials.found")} className="break-inside-avoid">
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {data.potentials.map((p) => (
                <li key={p.id}>
                  <span className="text-slate-600">{p.sector}:</span>{" "}
                  <Link
                    className="text-emerald-800 underline"
                    href={`/regencies/${data.regencySlug}/potentials#potensi-${p.id}`}
                  >
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {followUps && followUps.length > 0 && (
          <Card title={t("workshops.followUps.title")} className="break-inside-avoid">
            <FollowUpList items={followUps} from="issue" t={t} locale={locale} timeZone={tz} />
          </Card>
        )}
      </div>
    </OfficialDocument>
  );
}
