import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import { profileFromRow, profileSelectSql, type GroupProfile, type ProfileRow } from "@/lib/culture/profile";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { surveyState } from "./window";

// Culture surveys as the portal shows them: the list with each survey's response count (a count
// only), and one survey with its profile — only from five responses (profileFromRow), never an answer.

const surveyRow = {
  id: true,
  regencyId: true,
  title: true,
  code: true,
  period: true,
  instrumentVersion: true,
  opensAt: true,
  closesAt: true,
  version: true,
  agency: { select: { id: true, name: true } },
  _count: { select: { responses: true } },
} as const;

export async function listSurveys(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "culture.read", regencyId)) return null;
  const rows = await db.cultureSurvey.findMany({
    where: { regencyId, ...whereActorMay(actor, "culture.read") },
    orderBy: [{ period: "desc" }, { opensAt: "desc" }, { id: "asc" }],
    take: 200,
    select: surveyRow,
  });
  return rows.map(({ _count, ...s }) => ({ ...s, responses: _count.responses, state: surveyState(s, now) }));
}
export type SurveyListItem = NonNullable<Awaited<ReturnType<typeof listSurveys>>>[number];

/** One survey with its group profile (null below the anonymity threshold); null if out of scope. */
export async function getSurvey(actor: Actor, surveyId: string, now = new Date()) {
  if (!/^[0-9a-f-]{36}$/i.test(surveyId)) return null;
  const s = await db.cultureSurvey.findFirst({
    where: { id: surveyId, ...whereActorMay(actor, "culture.read") },
    select: { ...surveyRow, regency: { select: { name: true, timeZone: true } } },
  });
  if (!s) return null;
  const select = profileSelectSql(Prisma.sql`r."now"`, Prisma.sql`r."preferred"`);
  const [row] = await db.$queryRaw<ProfileRow[]>`
    SELECT ${select} FROM "CultureResponse" r
    WHERE r."surveyId" = ${s.id}::uuid AND r."instrumentVersion" = ${s.instrumentVersion}`;
  const group: GroupProfile = profileFromRow(row);
  const { _count, ...rest } = s;
  return { ...rest, responses: _count.responses, state: surveyState(s, now), group };
}

/** The OPD a coordinator may survey: the regency's own (none outside it). */
export async function listSurveyAgencies(actor: Actor, regencyId: string) {
  if (!can(actor, "culture.manage", regencyId)) return [];
  return db.agency.findMany({ where: { regencyId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
