import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { cultureAnswerSchema } from "@/lib/culture/split";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { localDay } from "@/lib/regencies/time-zone";
import { surveyCodeSchema } from "./schemas";
import { surveyState } from "./window";

// The respondent's side of a culture survey (/budaya/<code>): no account. One response per browser:
// the browser keeps a random id for this survey in an HttpOnly signed cookie; the database keeps
// only a keyed hash of (survey, id) as the survey's ballot, written in the same transaction as
// the response. The response itself carries the points and the day, nothing that leads back to
// the browser or a person; this is the one place that reads surveys without an actor.

/** Answers a survey takes per minute from everyone (counted in SQL, across instances). */
export const SURVEY_POSTS_PER_MINUTE = 600;

function key(): Buffer {
  const s = process.env.AUTH_SECRET;
  if (!s || s.length < 16) throw new Error("AUTH_SECRET is required for culture survey ballots");
  // a key of its own, derived from AUTH_SECRET: the ballot hashes mean nothing anywhere else
  return createHmac("sha256", s).update("mekar:culture-ballot:v1").digest();
}

const sign = (browserId: string) => createHmac("sha256", key()).update(`cookie:${browserId}`).digest("base64url");

/** The ballot of (survey, browser): what the database keeps instead of the browser's id. */
export function ballotHash(surveyId: string, browserId: string): string {
  return createHmac("sha256", key()).update(`ballot:${surveyId}:${browserId}`).digest("base64url");
}

/** The cookie of one survey (its own random id per survey, so two surveys cannot be linked). */
export const ballotCookieName = (code: string) => `mekar-budaya-${code}`;

export function readBallotCookie(request: Request, code: string): string | null {
  const m = new RegExp(`(?:^|;\\s*)${ballotCookieName(code)}=([^;]+)`).exec(request.headers.get("cookie") ?? "");
  const v = m && /^([0-9a-f-]{36})\.([\w-]{43})$/.exec(decodeURIComponent(m[1]));
  if (!v) return null;
  const expected = Buffer.from(sign(v[1]));
  const got = Buffer.from(v[2]);
  return expected.length === got.length && timingSafeEqual(expected, got) ? v[1] : null;
}

/** The browser's id for this survey, or a new one with its Set-Cookie header. */
export function ballotBrowser(request: Request, code: string): { browserId: string; setCookie?: string } {
  const id = readBallotCookie(request, code);
  if (id) return { browserId: id };
  const browserId = randomUUID();
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return {
    browserId,
    setCookie: `${ballotCookieName(code)}=${browserId}.${sign(browserId)}; Path=/budaya; HttpOnly; SameSite=Lax; Max-Age=${60 * 60 * 24 * 400}${secure}`,
  };
}

export type PublicSurvey = {
  id: string;
  code: string;
  title: string;
  period: number;
  instrumentVersion: number;
  opensAt: Date;
  closesAt: Date;
  regencyName: string;
  timeZone: string;
  agencyName: string | null;
};

export async function findSurveyByCode(raw: string): Promise<PublicSurvey | null> {
  const code = surveyCodeSchema.safeParse(raw);
  if (!code.success) return null;
  const s = await db.cultureSurvey.findUnique({
    where: { code: code.data },
    select: {
      id: true,
      code: true,
      title: true,
      period: true,
      instrumentVersion: true,
      opensAt: true,
      closesAt: true,
      regency: { select: { name: true, timeZone: true } },
      agency: { select: { name: true } },
    },
  });
  if (!s) return null;
  const { regency, agency, ...rest } = s;
  return { ...rest, regencyName: regency.name, timeZone: regency.timeZone, agencyName: agency?.name ?? null };
}

export async function hasAnswered(survey: { id: string }, browserId: string): Promise<boolean> {
  const n = await db.cultureBallot.count({
    where: { surveyId: survey.id, browserHash: ballotHash(survey.id, browserId) },
  });
  return n > 0;
}

async function chargeRate(surveyId: string): Promise<void> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    UPDATE "CultureSurvey" SET
      "windowCount" = CASE WHEN "windowStart" < now() - interval '1 minute' THEN 1 ELSE "windowCount" + 1 END,
      "windowStart" = CASE WHEN "windowStart" < now() - interval '1 minute' THEN now() ELSE "windowStart" END
    WHERE id = ${surveyId}::uuid RETURNING "windowCount" AS n`;
  if (!rows[0] || rows[0].n > SURVEY_POSTS_PER_MINUTE)
    throw new AppError("RATE_LIMITED", "culture.respond.rateLimited");
}

/**
 * Stores one anonymous response: INVALID (with the split problems shown by the form) when a
 * dimension is not 100, CONFLICT outside the window; "duplicate" when this browser already
 * answered (a double submit stores one: the ballot's key decides, in the same transaction).
 */
export async function submitSurveyResponse(
  survey: PublicSurvey,
  browserId: string,
  body: { now?: unknown; preferred?: unknown },
  now = new Date(),
): Promise<{ status: "saved" | "duplicate" }> {
  const answer = cultureAnswerSchema.safeParse({ now: body.now ?? [], preferred: body.preferred ?? [] });
  if (!answer.success) throw new AppError("INVALID", "culture.respond.splitOff");
  if (surveyState(survey, now) !== "open") throw new AppError("CONFLICT", "culture.respond.closed");
  await chargeRate(survey.id);
  return db.$transaction(async (tx) => {
    // the window as it is now (a coordinator may have closed it a moment ago)
    const fresh = await tx.cultureSurvey.findUnique({
      where: { id: survey.id },
      select: { opensAt: true, closesAt: true },
    });
    if (!fresh || surveyState(fresh, now) !== "open") throw new AppError("CONFLICT", "culture.respond.closed");
    const inserted = await tx.$executeRaw`
      INSERT INTO "CultureBallot" ("surveyId", "browserHash") VALUES (${survey.id}::uuid, ${ballotHash(survey.id, browserId)})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return { status: "duplicate" as const };
    await tx.cultureResponse.create({
      data: {
        surveyId: survey.id,
        instrumentVersion: survey.instrumentVersion,
        now: answer.data.now,
        preferred: answer.data.preferred,
        submittedOn: new Date(`${localDay(now, survey.timeZone)}T00:00:00Z`),
      },
    });
    return { status: "saved" as const };
  });
}
