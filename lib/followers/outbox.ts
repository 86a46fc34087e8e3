import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator, type Translate } from "@/lib/i18n/translate";
import { absoluteLink, isPermanentRefusal, send, type OutgoingMail } from "@/lib/notifications/mail";
import { afterFailure, LEASE_INTERVAL, type Outcome, startSweeper, sweepOutbox } from "@/lib/notifications/sweep";
import { stopAddress } from "./mutations";
import { CONFIRM_TTL_MS, newConfirmToken, unsubscribeKey } from "./tokens";

// Followers' mail, through the outbox machinery of lib/notifications/sweep.ts (claim with a lease,
// send outside any transaction, back off, give up). queueFollowerDigests() turns new public notes
// and published pieces into mail: one per item for "now", one a week for "weekly"; a FollowerItem
// row per follower and item makes it idempotent across sweeps and instances.

const SWEEP_MS = 5_000;
const BATCH = 25;
/** Items older than this when a sweep first sees them are not news any more. */
const LOOKBACK = "30 days";
const DIGEST_ITEMS = 30;

export type DigestItem = { kind: "note" | "piece"; title: string; text: string; path: string; at: string };

type Pending = {
  id: string;
  kind: "confirm" | "digest";
  items: DigestItem[];
  attempts: number;
  followerId: string;
  email: string;
  mode: string;
  confirmedAt: Date | null;
  stopped: boolean;
  regencySlug: string;
  regencyName: string;
  regencyKind: string;
  timeZone: string;
  issueNumber: number | null;
  issueTitle: string | null;
  pieceTitle: string | null;
};

async function claim(claimId: string, batch: number): Promise<Pending[]> {
  return db.$queryRaw<Pending[]>`
    WITH due AS (
      SELECT id FROM "FollowerMail"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "cancelledAt" IS NULL
        AND ("nextAt" IS NULL OR "nextAt" <= now())
        AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
      ORDER BY "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "FollowerMail" m SET claim = ${claimId}::uuid, "claimedUntil" = now() + ${LEASE_INTERVAL}::interval
      FROM due WHERE m.id = due.id
      RETURNING m.*
    )
    SELECT c.id, c.kind, c.items, c.attempts, c."followerId", f.email, f.mode, f."confirmedAt",
      (f."unsubscribedAt" IS NOT NULL OR f."bouncedAt" IS NOT NULL OR f."complainedAt" IS NOT NULL) AS stopped,
      r.slug AS "regencySlug", r.name AS "regencyName", r.kind::text AS "regencyKind", r."timeZone",
      i.number AS "issueNumber", i.title AS "issueTitle",
      (SELECT v.title FROM "PublicationVersion" v WHERE v."publicationId" = f."publicationId" AND v."publishAt" <= now()
        ORDER BY v.number DESC LIMIT 1) AS "pieceTitle"
    FROM claimed c JOIN "Follower" f ON f.id = c."followerId" JOIN "Regency" r ON r.id = f."regencyId"
      LEFT JOIN "Issue" i ON i.id = f."issueId"
    ORDER BY c."createdAt"`;
}

async function settle(claimId: string, r: Pending, outcome: Outcome): Promise<void> {
  const mine = { id: r.id, claim: claimId };
  const release = { claim: null, claimedUntil: null, attempts: { increment: 1 } };
  if ("cancelled" in outcome)
    await db.followerMail.updateMany({
      where: mine,
      data: { ...release, cancelledAt: new Date(), error: outcome.cancelled },
    });
  else if (outcome.sent)
    await db.followerMail.updateMany({ where: mine, data: { ...release, sentAt: new Date(), error: null } });
  else
    await db.followerMail.updateMany({
      where: mine,
      data: { ...release, error: outcome.error, ...afterFailure(r.attempts) },
    });
}

/** What the mail is about, in words: the regency, "ISU-n title" or the piece's title. */
function subjectOf(t: Translate, r: Pending): string {
  const regency = `${t(`regencyKind.${r.regencyKind}`)} ${r.regencyName}`;
  if (r.issueNumber !== null)
    return t("followers.mail.aboutIssue", { number: r.issueNumber, title: r.issueTitle ?? "", regency });
  if (r.pieceTitle !== null) return t("followers.mail.aboutPiece", { title: r.pieceTitle, regency });
  return regency;
}

/** The mail of one row (Indonesian: the follower's language is unknown), with its unsubscribe headers. */
export function composeFollowerMail(t: Translate, r: Pending, confirmToken?: string): OutgoingMail {
  const about = subjectOf(t, r);
  const unsubscribe = absoluteLink(`/r/${r.regencySlug}/ikuti/berhenti?key=${unsubscribeKey(r.followerId)}`);
  const headers = {
    "List-Unsubscribe": `<${unsubscribe}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  const footer = ["", "—", t("followers.mail.footer", { about }), `${t("followers.mail.unsubscribe")}: ${unsubscribe}`];
  if (r.kind === "confirm") {
    const link = absoluteLink(`/r/${r.regencySlug}/ikuti/konfirmasi?token=${confirmToken}`);
    const text = [
      t("followers.mail.confirmIntro", { about }),
      t(`followers.mail.mode.${r.mode === "weekly" ? "weekly" : "now"}`),
      "",
      t("followers.mail.confirmAction", { hours: CONFIRM_TTL_MS / 3_600_000 }),
      link,
      "",
      t("followers.mail.confirmIgnore"),
      ...footer,
    ].join("\n");
    return { to: r.email, subject: `[Mekar] ${t("followers.mail.confirmSubject", { about })}`, text, link, headers };
  }
  const items = r.items.slice(0, DIGEST_ITEMS);
  const lines = items.flatMap((x) => [
    `• ${formatDateTime(new Date(x.at), "id", r.timeZone)} — ${x.title}`,
    ...(x.text ? [`  ${x.text}`] : []),
    `  ${absoluteLink(x.path)}`,
    "",
  ]);
  if (r.items.length > DIGEST_ITEMS) lines.push(t("followers.mail.more", { count: r.items.length - DIGEST_ITEMS }), "");
  const text = [t("followers.mail.digestIntro", { about, count: r.items.length }), "", ...lines, ...footer].join("\n");
  return {
    to: r.email,
    subject: `[Mekar] ${t("followers.mail.digestSubject", { about, count: r.items.length })}`,
    text,
    link: items[0] ? absoluteLink(items[0].path) : null,
    headers,
  };
}

async function deliver(r: Pending, t: Translate, smtpUrl: string | undefined): Promise<Outcome> {
  if (r.stopped) return { cancelled: "stopped" };
  if (r.kind === "digest" && !r.confirmedAt) return { cancelled: "not confirmed" };
  if (r.kind === "confirm" && r.confirmedAt) return { cancelled: "already confirmed" };
  let token: string | undefined;
  if (r.kind === "confirm") {
    // the token is made now and only its hash is kept: the link lives in the mail alone
    const fresh = newConfirmToken();
    const set = await db.follower.updateMany({
      where: { id: r.followerId, confirmedAt: null },
      data: { confirmTokenHash: fresh.hash, confirmExpiresAt: new Date(Date.now() + CONFIRM_TTL_MS) },
    });
    if (set.count === 0) return { cancelled: "already confirmed" };
    token = fresh.token;
  }
  try {
    await send(composeFollowerMail(t, r, token), smtpUrl);
  } catch (e) {
    if (!isPermanentRefusal(e)) throw e; // counted and retried
    await stopAddress(r.email, "bounce");
    return { cancelled: `refused for good: ${String((e as Error).message).slice(0, 200)}` };
  }
  return { sent: true };
}

/** One sweep of followers' mail: returns how many it claimed (a full batch: sweep again). */
export async function deliverFollowerMail(batch = BATCH, smtpUrl = env().SMTP_URL): Promise<number> {
  const t = createTranslator(loadMessages("id"));
  return sweepOutbox<Pending>({
    label: "followers",
    batch,
    claim,
    settle,
    deliver: (r) => deliver(r, t, smtpUrl),
    describe: (r) => `${r.kind} ${r.id}`,
    handBack: async (claimId, ids) => {
      await db.followerMail.updateMany({
        where: { id: { in: ids }, claim: claimId },
        data: { claim: null, claimedUntil: null },
      });
    },
  });
}

type Match = { followerId: string; mode: string; itemKey: string; item: DigestItem };

/**
 * Queues the mail that new public notes and published pieces call for: for each active follower
 * ("now", or "weekly" a week after the last digest), the items it has not had, in one mail. An
 * item goes to a follower once (FollowerItem), however many sweeps run at once. Returns mails queued.
 */
export async function queueFollowerDigests(now = new Date()): Promise<number> {
  const t = createTranslator(loadMessages("id"));
  const matches = await db.$queryRaw<(Omit<Match, "item"> & Record<string, unknown>)[]>`
    WITH f AS (
      SELECT id, "regencyId", "issueId", "publicationId", mode, "confirmedAt" FROM "Follower"
      WHERE "confirmedAt" IS NOT NULL AND "unsubscribedAt" IS NULL AND "bouncedAt" IS NULL AND "complainedAt" IS NULL
        AND (mode = 'now' OR COALESCE("lastDigestAt", "confirmedAt") <= ${now}::timestamptz - interval '7 days')
    ), notes AS (
      SELECT u.id, i."regencyId", i.id AS "issueId", u."createdAt" AS at, i.number, i.title, u.body, u.kind,
             u."toStage"::text AS "toStage", u."percentDone", r.slug
      FROM "IssueUpdate" u JOIN "Issue" i ON i.id = u."issueId" JOIN "Regency" r ON r.id = i."regencyId"
      WHERE u."isPublic" AND i."isPublic" AND i.triage = 'accepted'
        AND u."createdAt" <= ${now} AND u."createdAt" > ${now}::timestamptz - ${LOOKBACK}::interval
    ), versions AS (
      SELECT v.id, p."regencyId", p.id AS "publicationId", v."publishAt" AS at, v.title, v.summary, v.number, p.slug, r.slug AS "regencySlug"
      FROM "PublicationVersion" v JOIN "Publication" p ON p.id = v."publicationId" JOIN "Regency" r ON r.id = p."regencyId"
      WHERE p."withdrawnAt" IS NULL AND v."publishAt" <= ${now} AND v."publishAt" > ${now}::timestamptz - ${LOOKBACK}::interval
    ), matches AS (
      SELECT f.id AS "followerId", f.mode, 'note:' || n.id AS "itemKey", n.at, 'note' AS kind,
             n.number, n.title, n.body, n.kind AS "noteKind", n."toStage", n."percentDone", n.slug AS "regencySlug", NULL AS "pieceSlug", NULL::int AS "version"
      FROM f JOIN notes n ON n.at > f."confirmedAt" AND (
        (f."issueId" IS NULL AND f."publicationId" IS NULL AND n."regencyId" = f."regencyId")
        OR f."issueId" = n."issueId"
        OR EXISTS (SELECT 1 FROM "PublicationIssue" x WHERE x."publicationId" = f."publicationId" AND x."issueId" = n."issueId"))
      UNION ALL
      SELECT f.id, f.mode, 'version:' || v.id, v.at, 'piece', NULL, v.title, v.summary, NULL, NULL, NULL, v."regencySlug", v.slug, v.number
      FROM f JOIN versions v ON v.at > f."confirmedAt" AND (
        (f."issueId" IS NULL AND f."publicationId" IS NULL AND v."regencyId" = f."regencyId")
        OR f."publicationId" = v."publicationId"
        OR EXISTS (SELECT 1 FROM "PublicationIssue" x WHERE x."publicationId" = v."publicationId" AND x."issueId" = f."issueId"))
    )
    SELECT m.* FROM matches m
    WHERE NOT EXISTS (SELECT 1 FROM "FollowerItem" x WHERE x."followerId" = m."followerId" AND x."itemKey" = m."itemKey")
    ORDER BY m."followerId", m.at
    LIMIT 5000`;
  const byFollower = new Map<string, Match[]>();
  for (const m of matches) {
    const list = byFollower.get(m.followerId) ?? [];
    list.push({ followerId: m.followerId, mode: m.mode, itemKey: m.itemKey, item: itemOf(t, m) });
    byFollower.set(m.followerId, list);
  }
  let queued = 0;
  for (const [followerId, list] of byFollower) {
    queued += await db.$transaction(async (tx) => {
      // only the items this transaction claims go into its mail: a concurrent sweep gets the rest
      const fresh = await tx.followerItem.createManyAndReturn({
        data: list.map((m) => ({ followerId, itemKey: m.itemKey })),
        skipDuplicates: true,
        select: { itemKey: true },
      });
      const keys = new Set(fresh.map((x) => x.itemKey));
      const items = list.filter((m) => keys.has(m.itemKey)).map((m) => m.item);
      if (!items.length) return 0;
      await tx.followerMail.create({
        data: { followerId, kind: "digest", items: items as unknown as Prisma.InputJsonValue },
      });
      await tx.follower.update({ where: { id: followerId }, data: { lastDigestAt: now } });
      return 1;
    });
  }
  return queued;
}

function itemOf(t: Translate, m: Record<string, unknown>): DigestItem {
  const at = (m.at as Date).toISOString();
  if (m.kind === "piece") {
    const title = Number(m.version) > 1 ? t("followers.mail.corrected", { title: String(m.title) }) : String(m.title);
    return {
      kind: "piece",
      title,
      text: excerpt(String(m.body ?? "")),
      path: `/r/${m.regencySlug}/${m.pieceSlug}`,
      at,
    };
  }
  const stage = m.toStage ? t("followers.mail.stageChanged", { stage: t(`issues.stages.${m.toStage}`) }) : "";
  const body = excerpt(String(m.body ?? "")) || stage;
  return {
    kind: "note",
    title: `ISU-${m.number} ${m.title}`,
    text: body,
    path: `/r/${m.regencySlug}/isu/${m.number}`,
    at,
  };
}

function excerpt(s: string, max = 280): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Rate-limit and feed-reader rows that no longer count anything. */
export async function pruneFollowerCounters(now = new Date()): Promise<void> {
  await db.followerRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  await db.feedReaderDay.deleteMany({ where: { day: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
}

let sweeper: NodeJS.Timeout | null = null;

/** Starts this process's sweeper of followers' digests and mail (instrumentation.ts). */
export function startFollowerOutbox(everyMs = SWEEP_MS): void {
  if (sweeper) return;
  let pruned = 0;
  sweeper = startSweeper(
    "followers",
    async () => {
      await queueFollowerDigests();
      while ((await deliverFollowerMail()) === BATCH);
      if (Date.now() - pruned > 3_600_000) {
        await pruneFollowerCounters();
        pruned = Date.now();
      }
    },
    everyMs,
  );
}
