import type { ActivityResults } from "@/lib/workshops/results";

// Results as plain elements (bars, a word cloud, questions by votes). No hooks: the presenter
// (client) and the printable summary (server) share it. Text is rendered by React, never as HTML.

type Activity = { kind: string; options: string[]; scaleMin: number; scaleMax: number };
type Labels = { votes: string; noResults: string; answered: string };

export function ResultsView({ activity, results, labels, large = false }: { activity: Activity; results: ActivityResults | null; labels: Labels; large?: boolean }) {
  if (!results) return null;
  if (activity.kind === "poll_single" || activity.kind === "poll_multiple" || activity.kind === "scale") {
    const names = activity.kind === "scale"
      ? Array.from({ length: activity.scaleMax - activity.scaleMin + 1 }, (_, i) => String(activity.scaleMin + i))
      : activity.options;
    const max = Math.max(1, ...(results.counts ?? [0]));
    return (
      <div className={large ? "space-y-4" : "space-y-2"}>
        {names.map((name, i) => {
          const n = results.counts?.[i] ?? 0;
          const pct = results.total ? Math.round((n / results.total) * 100) : 0;
          return (
            <div key={i}>
              <div className={`flex justify-between gap-3 ${large ? "text-2xl" : "text-sm"}`}><span className="font-medium text-slate-900">{name}</span><span className="tabular-nums text-slate-700">{n} ({pct}%)</span></div>
              <div className={`mt-1 w-full rounded bg-slate-100 ${large ? "h-8" : "h-3"}`} role="img" aria-label={`${name}: ${n}`}>
                <div className="h-full rounded bg-emerald-700 transition-all duration-300" style={{ width: `${(n / max) * 100}%` }} />
              </div>
            </div>
          );
        })}
        <p className={`${large ? "text-xl" : "text-xs"} text-slate-600`}>{labels.votes}: {results.total}</p>
      </div>
    );
  }
  if (activity.kind === "word_cloud") {
    const words = results.words ?? [];
    if (!words.length) return <p className="text-slate-600">{labels.noResults}</p>;
    const top = words[0][1];
    const sizes = large ? ["text-xl", "text-3xl", "text-5xl", "text-6xl"] : ["text-sm", "text-base", "text-xl", "text-2xl"];
    return (
      <ul className="flex flex-wrap items-baseline justify-center gap-x-5 gap-y-2" aria-label="word cloud">
        {words.map(([w, n]) => (
          <li key={w} className={`${sizes[Math.min(3, Math.ceil((n / top) * 4) - 1)]} font-semibold ${n === top ? "text-emerald-800" : "text-slate-800"}`} title={String(n)}>{w}</li>
        ))}
      </ul>
    );
  }
  if (activity.kind === "qna") {
    const qs = results.questions ?? [];
    if (!qs.length) return <p className="text-slate-600">{labels.noResults}</p>;
    return (
      <ol className="space-y-3">
        {qs.map((q) => (
          <li key={q.id} className={`flex items-start gap-4 rounded-lg border border-slate-200 bg-white p-3 ${q.answered ? "opacity-60" : ""}`}>
            <span className={`min-w-12 rounded bg-emerald-50 px-2 py-1 text-center font-semibold tabular-nums text-emerald-900 ${large ? "text-2xl" : "text-sm"}`}>▲ {q.upvotes}</span>
            <span className={`${large ? "text-2xl" : "text-sm"} text-slate-900`}>{q.text}{q.answered && <span className="ml-2 rounded-full bg-slate-100 px-2 text-xs text-slate-700">{labels.answered}</span>}</span>
          </li>
        ))}
      </ol>
    );
  }
  return <p className={`${large ? "text-2xl" : "text-sm"} text-slate-700`}>{labels.votes}: {results.total}</p>;
}
