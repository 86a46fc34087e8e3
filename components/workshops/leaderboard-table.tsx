import type { Translate } from "@/lib/i18n/translate";
import type { LeaderRow } from "@/lib/workshops/kinds/quiz-score";

/** The quiz leaderboard: rank, the name the participant gave (or "Peserta 7"), points, correct answers. */
export function LeaderboardTable({ rows, t, large = false }: { rows: LeaderRow[]; t: Translate; large?: boolean }) {
  if (rows.length === 0)
    return <p className={large ? "text-2xl text-slate-700" : "text-sm text-slate-600"}>{t("workshops.quiz.empty")}</p>;
  const cell = large ? "px-3 py-2 text-2xl" : "px-2 py-1 text-sm";
  return (
    <table className="w-full border-collapse" aria-label={t("workshops.quiz.leaderboard")}>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className={cell}>
            {t("workshops.quiz.rank")}
          </th>
          <th scope="col" className={cell}>
            {t("workshops.quiz.player")}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t("workshops.quiz.points")}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t("workshops.quiz.correct")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.participantId} className="border-b border-slate-100">
            <td className={`${cell} tabular-nums`}>{r.rank}</td>
            <td className={`${cell} font-medium text-slate-900`}>
              {r.name || t("workshops.quiz.anonymous", { number: r.number })}
            </td>
            <td className={`${cell} text-right tabular-nums`}>{r.points}</td>
            <td className={`${cell} text-right tabular-nums`}>{r.correct}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
