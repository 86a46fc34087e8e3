"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/client";
import { activityKind } from "@/lib/workshops/kinds";
import type { LiveView } from "@/lib/workshops/queries";
import { Countdown } from "./countdown";
import { LeaderboardTable } from "./leaderboard-table";
import { ResultsView } from "./results-view";

/**
 * The projector screen: follows the staff stream and refetches the current activity's
 * results on each event (coalesced, so a burst of votes is one request).
 */
export function PresenterView({
  workshopId,
  initial,
  qrSvg,
  joinUrl,
}: {
  workshopId: string;
  initial: LiveView;
  qrSvg: string;
  joinUrl: string;
}) {
  const t = useT();
  const [view, setView] = useState(initial);
  const [connected, setConnected] = useState(false);
  const inFlight = useRef(false);
  const again = useRef(false);
  const reload = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        const res = await fetch(`/api/workshops/${workshopId}/live`, { cache: "no-store" });
        if (res.ok) setView((await res.json()) as LiveView);
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, [workshopId]);
  useEffect(() => {
    const es = new EventSource(`/api/workshops/${workshopId}/stream`);
    es.onopen = () => {
      setConnected(true);
      void reload();
    };
    es.onerror = () => setConnected(false);
    const on = () => void reload();
    for (const type of ["activity", "results", "qna", "session"]) es.addEventListener(type, on);
    return () => es.close();
  }, [workshopId, reload]);
  const a = view.activity;
  return (
    // focusable, so that a keyboard can scroll a long result on the projector
    <div
      className="fixed inset-0 z-50 flex flex-col overflow-auto bg-white"
      tabIndex={0}
      role="region"
      aria-label={view.workshop.title}
    >
      <header className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 bg-emerald-800 px-6 py-3 text-white">
        <h1 className="text-2xl font-semibold">{view.workshop.title}</h1>
        <div className="flex items-center gap-4 text-lg">
          <span>{t("workshops.present.participants", { count: view.workshop.participants })}</span>
          <span
            className={`rounded-full px-3 py-0.5 text-sm ${!connected ? "bg-amber-500 text-slate-900" : view.workshop.running ? "bg-emerald-600" : "bg-emerald-900"}`}
            role="status"
          >
            {!connected
              ? t("workshops.present.reconnecting")
              : view.workshop.running
                ? t("workshops.present.live")
                : t("workshops.present.noSession")}
          </span>
        </div>
      </header>
      <div className="grid flex-1 gap-8 p-8 lg:grid-cols-[1fr_18rem]">
        <main>
          {!a ? (
            <p className="mt-20 text-center text-3xl text-slate-700">{t("workshops.present.waiting")}</p>
          ) : (
            <>
              <h2 className="text-4xl font-semibold text-slate-900">{a.title}</h2>
              {a.prompt && <p className="mt-2 text-2xl text-slate-700">{a.prompt}</p>}
              {a.state === "closed" && <p className="mt-2 text-xl text-amber-800">{t("workshops.present.closed")}</p>}
              {a.timerEndsAt && (
                <div className="mt-4">
                  <Countdown
                    key={a.timerEndsAt}
                    endsAt={a.timerEndsAt}
                    serverNow={view.serverNow}
                    endsAtText=""
                    onZero={reload}
                    large
                  />
                </div>
              )}
              <div className="mt-8">
                {a.resultsVisible || activityKind(a.kind).alwaysPublic ? (
                  <ResultsView activity={a} results={view.results} large t={t} />
                ) : (
                  <p className="text-3xl text-slate-700">
                    {t("workshops.present.responsesSoFar", { count: view.results?.total ?? 0 })}
                  </p>
                )}
                {a.correct && !(a.resultsVisible || activityKind(a.kind).alwaysPublic) && (
                  <p className="mt-6 text-3xl font-semibold text-emerald-800" data-quiz-correct>
                    {t("workshops.quiz.correctAnswer")}: {a.correct.map((i) => a.options[i]).join("; ")}
                  </p>
                )}
              </div>
              {view.leaderboard && (
                <section className="mt-10" aria-label={t("workshops.quiz.leaderboard")}>
                  <h3 className="mb-3 text-3xl font-semibold text-slate-900">{t("workshops.quiz.leaderboard")}</h3>
                  <LeaderboardTable rows={view.leaderboard} t={t} large />
                </section>
              )}
            </>
          )}
        </main>
        <aside className="text-center">
          <p className="text-lg text-slate-700">{t("workshops.present.joinAt")}</p>
          <p className="text-xl font-semibold text-slate-900">{joinUrl.replace(/^https?:\/\//, "")}</p>
          <div
            className="mx-auto my-3 w-56"
            role="img"
            aria-label={t("workshops.present.qr")}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p className="text-lg text-slate-700">{t("workshops.join.code")}</p>
          <p className="font-mono text-5xl font-bold tracking-widest text-emerald-800">{view.workshop.code}</p>
          {view.workshop.locked && <p className="mt-3 text-lg text-red-700">{t("workshops.control.lockedBadge")}</p>}
        </aside>
      </div>
    </div>
  );
}
