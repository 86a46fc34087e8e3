import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { keyedHash } from "./tokens";

// The public's attention, counted on the server: one counter per regency, subject ("regency" or a
// public issue's id) and day of the regency's calendar. No cookie is set, no IP or user agent is
// kept: a view is +1; a feed reader is counted once a day through a keyed hash of (day, IP, user
// agent) that is deleted after two days; robots are left out roughly, by their user agent.

const BOTS =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|discord|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|headless|lighthouse|monitor|pingdom|uptime|scan/i;

/** A robot, a link unfurler or a script, by its user agent (an empty one too). */
export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || BOTS.test(userAgent);
}

/** "Feedly/1.0 (…; 25 subscribers)": the number of subscribers a feed reader reports for its users, or 0. */
export function reportedSubscribers(userAgent: string | null | undefined): number {
  const m = /(\d{1,7})\s+(?:subscribers|readers)/i.exec(userAgent ?? "");
  return m ? Number(m[1]) : 0;
}

export type AttentionSubject = { regencyId: string; issueId?: string | null };

const subjectOf = (s: AttentionSubject) => s.issueId ?? "regency";
const today = (regencyId: string) =>
  Prisma.sql`(SELECT (now() AT TIME ZONE r."timeZone")::date FROM "Regency" r WHERE r.id = ${regencyId}::uuid)`;

async function bump(s: AttentionSubject, column: "views" | "shares" | "feedFetches"): Promise<void> {
  const col = Prisma.raw(`"${column}"`);
  await db.$executeRaw`
    INSERT INTO "PublicAttentionDay" ("regencyId", subject, day, ${col})
    VALUES (${s.regencyId}::uuid, ${subjectOf(s)}, ${today(s.regencyId)}, 1)
    ON CONFLICT ("regencyId", subject, day) DO UPDATE SET ${col} = "PublicAttentionDay".${col} + 1`;
}

/** A page view of a public page by a person (robots are not counted). */
export async function countView(s: AttentionSubject, userAgent: string | null): Promise<void> {
  if (!isBot(userAgent)) await bump(s, "views");
}

/** A click on the page's WhatsApp share link (through the counting redirect). */
export async function countShare(s: AttentionSubject, userAgent: string | null): Promise<void> {
  if (!isBot(userAgent) || /whatsapp/i.test(userAgent ?? "")) await bump(s, "shares");
}

/**
 * A fetch of the subject's feed: counted once a day per reader (keyed hash of day, IP and user
 * agent), and the largest subscriber count a reader reports in its user agent is kept for the day.
 */
export async function countFeedFetch(s: AttentionSubject, ip: string, userAgent: string | null): Promise<void> {
  const subject = subjectOf(s);
  const [{ day }] = await db.$queryRaw<{ day: Date }[]>`SELECT ${today(s.regencyId)} AS day`;
  const readerHash = keyedHash("feed-reader", `${day.toISOString().slice(0, 10)}|${ip}|${userAgent ?? ""}`);
  const first = await db.feedReaderDay.createMany({
    data: [{ day, subject: `${s.regencyId}:${subject}`, readerHash }],
    skipDuplicates: true,
  });
  const reported = reportedSubscribers(userAgent);
  if (first.count === 0 && reported === 0) return;
  await db.$executeRaw`
    INSERT INTO "PublicAttentionDay" ("regencyId", subject, day, "feedFetches", "feedSubscribers")
    VALUES (${s.regencyId}::uuid, ${subject}, ${day}::date, ${first.count}, ${reported})
    ON CONFLICT ("regencyId", subject, day) DO UPDATE SET
      "feedFetches" = "PublicAttentionDay"."feedFetches" + ${first.count},
      "feedSubscribers" = GREATEST("PublicAttentionDay"."feedSubscribers", ${reported})`;
}
