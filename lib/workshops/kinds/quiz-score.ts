// Quiz scoring, pure (the leaderboard query feeds it; tests call it directly). A answer is correct
// when it picks exactly the correct options. A correct answer earns QUIZ_POINTS, and when the
// facilitator ran a timer on the question, up to QUIZ_SPEED_BONUS more the earlier it came.

export const QUIZ_POINTS = 100;
export const QUIZ_SPEED_BONUS = 50;
/** How many rows the presenter and participants see. */
export const LEADERBOARD_SIZE = 10;

export type QuizQuestion = {
  id: string;
  correct: readonly number[];
  timerStartedAt: Date | null;
  timerEndsAt: Date | null;
};
export type QuizAnswer = { activityId: string; participantId: string; choices: readonly number[]; answeredAt: Date };
/** number: the participant's place in the joining order ("Peserta 7" when they gave no name) */
export type QuizPlayer = { id: string; name: string; number: number };
export type LeaderRow = {
  participantId: string;
  name: string;
  number: number;
  points: number;
  correct: number;
  rank: number;
};

export function isCorrectAnswer(choices: readonly number[], correct: readonly number[]): boolean {
  if (correct.length === 0) return false;
  const a = [...new Set(choices)].sort((x, y) => x - y);
  const b = [...new Set(correct)].sort((x, y) => x - y);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Points for one answer to one question (0 when wrong). */
export function quizPoints(q: QuizQuestion, a: Pick<QuizAnswer, "choices" | "answeredAt">): number {
  if (!isCorrectAnswer(a.choices, q.correct)) return 0;
  if (!q.timerStartedAt || !q.timerEndsAt) return QUIZ_POINTS;
  const span = q.timerEndsAt.getTime() - q.timerStartedAt.getTime();
  if (span <= 0) return QUIZ_POINTS;
  const left = Math.min(span, Math.max(0, q.timerEndsAt.getTime() - a.answeredAt.getTime()));
  return QUIZ_POINTS + Math.round((QUIZ_SPEED_BONUS * left) / span);
}

/**
 * Every participant who answered, best first: points, then more correct answers, then joining
 * order. Equal points and correct answers share a rank (1, 1, 3).
 */
export function quizLeaderboard(
  questions: readonly QuizQuestion[],
  answers: readonly QuizAnswer[],
  players: readonly QuizPlayer[],
): LeaderRow[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const totals = new Map<string, { points: number; correct: number }>();
  for (const a of answers) {
    const q = byId.get(a.activityId);
    if (!q) continue;
    const t = totals.get(a.participantId) ?? { points: 0, correct: 0 };
    const p = quizPoints(q, a);
    t.points += p;
    if (p > 0) t.correct += 1;
    totals.set(a.participantId, t);
  }
  const rows = players
    .filter((p) => totals.has(p.id))
    .map((p) => ({ participantId: p.id, name: p.name, number: p.number, ...totals.get(p.id)!, rank: 0 }))
    .sort((x, y) => y.points - x.points || y.correct - x.correct || x.number - y.number);
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    r.rank = prev && prev.points === r.points && prev.correct === r.correct ? prev.rank : i + 1;
  });
  return rows;
}
