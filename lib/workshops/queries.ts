import "server-only";
import { keysetCursor } from "@/lib/keyset";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { visibleWorkshops } from "./policy";
import { activityKind, optionList } from "./kinds";
import { LEADERBOARD_SIZE } from "./kinds/quiz-score";
import { workshopLeaderboard } from "./leaderboard";
import { tallyResults } from "./results";
import { closeExpiredActivities, timerExpired } from "./timer";
import { effectiveEnd, hasRunningSession, sessionStatus } from "./sessions/sql";

const sessionRow = {
  id: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  startedAt: true,
  endedAt: true,
  version: true,
  _count: { select: { attendance: true } },
} as const;

type SessionRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  startedAt: Date | null;
  endedAt: Date | null;
  version: number;
  _count: { attendance: number };
};

/** A session as screens show it: its status from the clock (one left running ends at endsAt). */
function sessionView(s: SessionRow, now: Date) {
  return {
    id: s.id,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    venue: s.venue,
    startedAt: s.startedAt,
    endedAt: effectiveEnd(s, now),
    version: s.version,
    status: sessionStatus(s, now),
    attendance: s._count.attendance,
  };
}
export type SessionView = ReturnType<typeof sessionView>;

export const WORKSHOPS_PAGE_SIZE = 30;

/** Workshops of a regency, newest first (keyset on startsAt|id). */
export async function listWorkshops(actor: Actor, regencyId: string, after?: string) {
  if (!can(actor, "workshops.read", regencyId)) return null;
  const last = keysetCursor(after, "|");
  const cursor = last ? { OR: [{ startsAt: { lt: last.at } }, { startsAt: last.at, id: { lt: last.id } }] } : {};
  const rows = await db.workshop.findMany({
    where: { regencyId, ...visibleWorkshops(actor), ...cursor },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: WORKSHOPS_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      venue: true,
      startsAt: true,
      code: true,
      locked: true,
      _count: { select: { participants: true, activities: true } },
    },
  });
  const items = rows.slice(0, WORKSHOPS_PAGE_SIZE);
  const lastRow = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > WORKSHOPS_PAGE_SIZE && lastRow ? `${lastRow.startsAt.toISOString()}|${lastRow.id}` : null,
  };
}

const activityRow = {
  id: true,
  kind: true,
  title: true,
  prompt: true,
  options: true,
  scaleMin: true,
  scaleMax: true,
  allowChange: true,
  moderated: true,
  state: true,
  resultsVisible: true,
  position: true,
  version: true,
  correctOptions: true,
  optionIssueIds: true,
  timerEndsAt: true,
} as const;

export async function getWorkshop(actor: Actor, id: string, now = new Date()): Promise<WorkshopRead | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const w = await readWorkshop(actor, id, now);
  // an activity whose countdown ran out is closed by this read (then read again)
  if (w?.activities.some((a) => timerExpired(a, now)) && (await closeExpiredActivities(w.id, now)) > 0)
    return readWorkshop(actor, id, now);
  return w;
}

async function readWorkshop(actor: Actor, id: string, now: Date) {
  const w = await db.workshop.findFirst({
    where: { id, ...visibleWorkshops(actor) },
    select: {
      id: true,
      regencyId: true,
      title: true,
      description: true,
      venue: true,
      startsAt: true,
      code: true,
      askIdentity: true,
      locked: true,
      currentActivityId: true,
      quizLeaderboard: true,
      agenda: true,
      materials: true,
      version: true,
      regency: { select: { name: true, timeZone: true } },
      createdBy: { select: { name: true, nip: true } },
      activities: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { ...activityRow, _count: { select: { entries: true } } },
      },
      _count: { select: { participants: true } },
      sessions: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 100, select: sessionRow },
    },
  });
  if (!w) return null;
  const sessions = w.sessions.map((x) => sessionView(x, now));
  return {
    ...w,
    sessions,
    running: sessions.find((x) => x.status === "running") ?? null,
    agenda: (Array.isArray(w.agenda) ? w.agenda : []) as { time: string; title: string }[],
    materials: (Array.isArray(w.materials) ? w.materials : []) as { title: string; url: string }[],
    canManage: can(actor, "workshops.manage", w.regencyId),
  };
}
type WorkshopRead = NonNullable<Awaited<ReturnType<typeof readWorkshop>>>;
export type WorkshopDetail = WorkshopRead;

export async function listTemplates(actor: Actor, regencyId: string) {
  if (!can(actor, "workshops.manage", regencyId)) return [];
  return db.workshopActivity.findMany({
    where: { regencyId, isTemplate: true },
    orderBy: { title: "asc" },
    select: { id: true, kind: true, title: true, version: true },
  });
}

/** Entries of an activity for moderation and export (hidden ones included, flagged). */
export async function listActivityEntries(actor: Actor, activityId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(activityId)) return null;
  const a = await db.workshopActivity.findFirst({
    where: { id: activityId, workshop: visibleWorkshops(actor) },
    select: { ...activityRow, workshopId: true, regencyId: true, sector: true, regency: { select: { slug: true } } },
  });
  if (!a) return null;
  // anonymous kinds (culture) are never listed per participant: only their aggregate is shown
  const entries = await db.workshopEntry.findMany({
    where: { activityId, ...(activityKind(a.kind).anonymous ? { id: { in: [] } } : {}) },
    orderBy: [{ upvoteCount: "desc" }, { createdAt: "asc" }],
    take: 2000,
    select: {
      id: true,
      choices: true,
      scale: true,
      text: true,
      approved: true,
      hidden: true,
      answeredAt: true,
      upvoteCount: true,
      createdAt: true,
      updatedAt: true,
      issueId: true,
      issue: { select: { number: true } },
      potential: { select: { id: true, title: true } },
      participant: { select: { id: true, name: true, institution: true } },
    },
  });
  const running = a.workshopId ? await hasRunningSession(db, a.workshopId) : false;
  return { activity: { ...a, options: optionList(a.options) }, entries, running };
}

/** Presenter and control panel: the current activity with its results and visible texts. */
export async function getLiveView(actor: Actor, workshopId: string, now = new Date()) {
  if (!/^[0-9a-f-]{36}$/i.test(workshopId)) return null;
  const w = await db.workshop.findFirst({
    where: { id: workshopId, ...visibleWorkshops(actor) },
    select: {
      id: true,
      title: true,
      code: true,
      locked: true,
      currentActivityId: true,
      quizLeaderboard: true,
      _count: { select: { participants: true } },
      sessions: {
        where: { startedAt: { not: null }, endedAt: null, endsAt: { gt: now } },
        take: 1,
        select: { id: true },
      },
    },
  });
  if (!w) return null;
  let a = w.currentActivityId
    ? await db.workshopActivity.findUnique({ where: { id: w.currentActivityId }, select: activityRow })
    : null;
  if (a && timerExpired(a, now)) {
    await closeExpiredActivities(w.id, now);
    a = { ...a, state: "closed" };
  }
  const results = a ? await tallyResults(db, a) : null;
  const closedQuiz = a?.kind === "quiz" && a.state === "closed";
  return {
    workshop: {
      id: w.id,
      title: w.title,
      code: w.code,
      locked: w.locked,
      participants: w._count.participants,
      running: w.sessions.length > 0,
      quizLeaderboard: w.quizLeaderboard,
    },
    // the projector shows the leaderboard only when opted in, after a quiz question is closed
    leaderboard:
      w.quizLeaderboard && closedQuiz ? (await workshopLeaderboard(db, w.id)).slice(0, LEADERBOARD_SIZE) : null,
    activity: a && {
      id: a.id,
      kind: a.kind,
      title: a.title,
      prompt: a.prompt,
      options: optionList(a.options),
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
      state: a.state,
      resultsVisible: a.resultsVisible,
      // the projector is seen by the room: a quiz's answer only once it is closed
      correct: closedQuiz ? a.correctOptions : null,
      timerEndsAt: a.state === "open" ? (a.timerEndsAt?.toISOString() ?? null) : null,
    },
    serverNow: now.toISOString(),
    results,
  };
}
export type LiveView = NonNullable<Awaited<ReturnType<typeof getLiveView>>>;

/**
 * Daftar hadir of one session (the running one, else the latest started, when none is named):
 * who joined while it ran, in joining order, with the workshop's sessions to pick another.
 */
export async function listAttendance(actor: Actor, workshopId: string, sessionId?: string, now = new Date()) {
  if (!/^[0-9a-f-]{36}$/i.test(workshopId)) return null;
  const w = await db.workshop.findFirst({
    where: { id: workshopId, ...visibleWorkshops(actor) },
    select: {
      id: true,
      regencyId: true,
      code: true,
      title: true,
      venue: true,
      startsAt: true,
      regency: { select: { name: true, timeZone: true } },
      createdBy: { select: { name: true, nip: true } },
      sessions: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 100, select: sessionRow },
    },
  });
  if (!w) return null;
  const sessions = w.sessions.map((x) => sessionView(x, now));
  const session =
    (sessionId
      ? sessions.find((x) => x.id === sessionId)
      : (sessions.find((x) => x.status === "running") ??
        [...sessions].reverse().find((x) => x.startedAt) ??
        sessions[0])) ?? null;
  if (sessionId && !session) return null;
  const rows = session
    ? await db.workshopAttendance.findMany({
        where: { sessionId: session.id },
        orderBy: [{ joinedAt: "asc" }, { participantId: "asc" }],
        take: 5000,
        select: {
          joinedAt: true,
          participant: {
            select: { id: true, name: true, institution: true, position: true, _count: { select: { entries: true } } },
          },
        },
      })
    : [];
  const participants = rows.map((r) => ({ ...r.participant, joinedAt: r.joinedAt }));
  return {
    workshop: {
      id: w.id,
      regencyId: w.regencyId,
      code: w.code,
      title: w.title,
      venue: w.venue,
      regency: w.regency,
      createdBy: w.createdBy,
    },
    sessions,
    session,
    participants,
  };
}

/** The printable summary: every activity with its results, and issues raised from the session. */
export async function getWorkshopSummary(actor: Actor, workshopId: string) {
  const w = await getWorkshop(actor, workshopId);
  if (!w) return null;
  const activities = await Promise.all(
    w.activities.map(async (a) => {
      const results = await tallyResults(db, a);
      const kind = activityKind(a.kind);
      const texts = kind.texts
        ? await db.workshopEntry.findMany({
            where: { activityId: a.id, hidden: false, ...(kind.alwaysPublic ? { approved: true } : {}) },
            orderBy: [{ upvoteCount: "desc" }, { createdAt: "asc" }],
            take: 200,
            select: {
              id: true,
              text: true,
              upvoteCount: true,
              answeredAt: true,
              issue: { select: { id: true, number: true } },
              potential: { select: { id: true, title: true } },
            },
          })
        : [];
      // the printable record shows a closed quiz's correct answers
      const correct = a.kind === "quiz" && a.state === "closed" ? a.correctOptions : null;
      return { ...a, options: optionList(a.options), correct, results, texts, textual: kind.texts };
    }),
  );
  // the regional potentials found in this workshop (lib/workshops/to-potential.ts)
  const [potentials, regency] = await Promise.all([
    db.regionalPotential.findMany({
      where: { workshopId: w.id, regencyId: w.regencyId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, sector: true, title: true },
    }),
    db.regency.findUniqueOrThrow({ where: { id: w.regencyId }, select: { slug: true } }),
  ]);
  return { workshop: w, activities, potentials, regencySlug: regency.slug };
}

/** Open accepted issues of the regency an entry can be linked to as a follow-up, newest first. */
export async function listLinkableIssues(actor: Actor, regencyId: string) {
  if (!can(actor, "workshops.manage", regencyId) || !can(actor, "issues.propose", regencyId)) return [];
  return db.issue.findMany({
    where: { regencyId, triage: "accepted", stage: { not: "closed" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, number: true, title: true },
  });
}

/** Positions of the regency a follow-up can be given to (with the linkable issues). */
export async function listFollowUpOwners(actor: Actor, regencyId: string) {
  if (!can(actor, "workshops.manage", regencyId) || !can(actor, "issues.propose", regencyId)) return [];
  return db.position.findMany({
    where: { regencyId },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    take: 500,
    select: { id: true, title: true },
  });
}
