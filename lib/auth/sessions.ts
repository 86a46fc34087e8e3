import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

// lastSeenAt is written at most once a minute per session, not on every request
const TOUCH_EVERY_MS = 60_000;
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export async function createSession(userId: string, ip: string | null, userAgent: string | null): Promise<string> {
  const session = await db.session.create({
    data: { userId, ip, userAgent: userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  return session.id;
}

/** The live session with this id (not ended, not older than the sign-in's lifetime), touched. */
export async function liveSession(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const session = await db.session.findUnique({
    where: { id },
    select: { id: true, userId: true, endedAt: true, createdAt: true, lastSeenAt: true, verifiedAt: true },
  });
  if (!session || session.endedAt || session.createdAt.getTime() < Date.now() - SESSION_MAX_AGE_SECONDS * 1000)
    return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id, endedAt: null }, data: { lastSeenAt: new Date() } });
  }
  return session;
}

/** Logout: this session only; it needs no audit row of its own beyond the sign-out. */
export async function endSession(id: string): Promise<void> {
  await db.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
}

/** The password or second factor was just checked in this session (re-authentication). */
export async function markVerified(sessionId: string | undefined): Promise<void> {
  if (sessionId)
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { verifiedAt: new Date() } });
}

export async function listMySessions(actor: Actor) {
  return db.session.findMany({
    where: {
      userId: actor.id,
      endedAt: null,
      createdAt: { gte: new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}

/** Ends one of the actor's own sessions ("end this session" on /account). */
export async function endMySession(actor: Actor, input: { sessionId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: input.sessionId, userId: actor.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(
      tx,
      actor,
      "session.ended",
      { type: "user", id: actor.id },
      { sessionId: [input.sessionId, null] },
    );
  });
}

/**
 * Signs a user out everywhere but `except`: ends their sessions and drops their sign-ins that are
 * half done (a password checked, the code not yet), so that a password typed before a change,
 * reset or lost phone cannot finish into a new session afterwards. Returns the sessions ended.
 */
export async function endSignInsOf(tx: Tx, userId: string, except?: string): Promise<number> {
  await tx.signInChallenge.deleteMany({ where: { userId } });
  const ended = await tx.session.updateMany({
    where: { userId, endedAt: null, NOT: except ? { id: except } : undefined },
    data: { endedAt: new Date() },
  });
  return ended.count;
}

/** "End all others": every session of the actor but the current one. */
export async function endMyOtherSessions(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await endSignInsOf(tx, actor.id, actor.sessionId);
    await recordAudit(tx, actor, "session.others_ended", { type: "user", id: actor.id }, { sessions: [ended, 0] });
    return ended;
  });
}
