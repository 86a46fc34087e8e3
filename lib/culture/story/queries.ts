import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { regencyProfileTrend } from "../profiles/queries";
import { cultureSourceLinks } from "../profiles/links";
import { targetMet } from "@/lib/iso/objectives/queries";
import { leadershipFit } from "@/lib/leadership/roles/fit";
import { isoTrend, workshopParticipation } from "./trends";

// "Perubahan budaya": the re-culturing story of one regency on one page — its culture profile
// and gaps over the periods, the change initiatives and objectives raised from those gaps, how
// many people its workshops reached, and its ISO 18091 ratings. Each part keeps its own rules
// (groups below five answers stay hidden; ISO records need iso.read).

/** The change initiatives and quality objectives raised from this regency's culture gaps. */
async function cultureWork(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const where = { regencyId, sourceRef: { startsWith: `culture:${regencyId}:` } };
  const [changes, objectives] = await Promise.all([
    db.isoChangeInitiative.findMany({
      where,
      orderBy: { createdAt: "asc" },
      take: 100,
      select: { id: true, title: true, phase: true, cycle: true, sourceRef: true, createdAt: true },
    }),
    db.isoObjective.findMany({
      where,
      orderBy: { createdAt: "asc" },
      take: 100,
      select: {
        id: true,
        title: true,
        baseline: true,
        target: true,
        direction: true,
        dueDate: true,
        sourceRef: true,
        measurements: { orderBy: { period: "desc" }, take: 1, select: { period: true, value: true } },
      },
    }),
  ]);
  const sources = await cultureSourceLinks([...changes, ...objectives].map((r) => r.sourceRef));
  return {
    changes: changes.map(({ sourceRef, ...c }) => ({ ...c, source: (sourceRef && sources.get(sourceRef)) || null })),
    objectives: objectives.map(({ sourceRef, measurements, ...o }) => ({
      ...o,
      latest: measurements[0] ?? null,
      met: targetMet(o, measurements[0]?.value),
      source: (sourceRef && sources.get(sourceRef)) || null,
    })),
  };
}

/** The leadership team's fit in every assessed period (newest first) and the latest in full. */
async function leadershipStory(actor: Actor, regencyId: string) {
  const rows = await db.leadershipAssessment.findMany({
    where: { regencyId },
    distinct: ["period"],
    orderBy: { period: "desc" },
    take: 5,
    select: { period: true },
  });
  const fits = (await Promise.all(rows.map((r) => leadershipFit(actor, regencyId, r.period)))).filter(
    (f): f is NonNullable<typeof f> => f !== null,
  );
  return {
    latest: fits[0] ?? null,
    trend: fits.map((f) => ({ period: f.period, fit: f.fit, uncovered: f.uncovered, assessed: f.assessedMembers })),
  };
}

/** Everything the story page shows, or null when the actor may not read the regency's culture. */
export async function getCultureStory(actor: Actor, regencyId: string) {
  if (!can(actor, "culture.read", regencyId)) return null;
  const [profiles, leadership, work, participation, iso] = await Promise.all([
    regencyProfileTrend(actor, regencyId),
    leadershipStory(actor, regencyId),
    cultureWork(actor, regencyId),
    workshopParticipation(actor, regencyId),
    isoTrend(actor, regencyId),
  ]);
  return { profiles, leadership, work, participation: (participation ?? []).reverse(), iso: iso ?? [] };
}
export type CultureStory = NonNullable<Awaited<ReturnType<typeof getCultureStory>>>;
