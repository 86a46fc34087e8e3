import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, regencyIdsWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { nationalFigures, type NationalFilter } from "./national";
import { syncAttentionNotifications } from "@/lib/issues/attention-notify";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import {
  agencyAttention,
  issuesToUpdate,
  dashboardTotals,
  needsAttention,
  openByCategory,
  openByStage,
  recentUpdates,
  weeklyFlow,
} from "./sql";

/**
 * The regency dashboard. The coordinator (and oversight) sees the whole regency; an official
 * sees the work of the positions they hold. Null without dashboard.read.
 */
export async function getDashboard(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "dashboard.read", regencyId)) return null;
  const whole = can(actor, "dashboard.whole", regencyId);
  const held = await positionIdsHeldBy(db, actor.id, regencyId);
  const scope = whole ? undefined : held;
  // computed staleness becomes notifications (idempotent: one per issue and attention period)
  await syncAttentionNotifications(db, regencyId, now);
  const [totals, stages, categories, agencies, weekly, attention, escalations, updates, toUpdate] = await Promise.all([
    dashboardTotals(db, regencyId, now, scope),
    openByStage(db, regencyId, scope),
    openByCategory(db, regencyId, scope),
    whole ? agencyAttention(db, regencyId, now) : Promise.resolve([]),
    weeklyFlow(db, regencyId, now, 12, scope),
    needsAttention(db, regencyId, now, 15, scope),
    needsAttention(db, regencyId, now, 200, scope).then((r) => r.filter((x) => x.escalated).slice(0, 10)),
    recentUpdates(db, regencyId, 8, scope),
    // the official's "to update today" comes first on their desk (the coordinator has attention)
    whole ? Promise.resolve(null) : issuesToUpdate(db, regencyId, now, held, 8),
  ]);
  return {
    whole,
    heldPositions: held.length,
    totals,
    stages,
    categories,
    agencies,
    weekly,
    attention,
    escalations,
    updates,
    toUpdate,
  };
}
export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

/**
 * Regencies compared on the same figures, all on one page: others see the regencies they hold
 * dashboard.read in; an admin sees all 514. The figures come from the sweep's RegencyFigures
 * (lib/dashboard/national.ts), so the page reads one small table, never the million issues.
 */
export async function getRegencyComparison(actor: Actor, filter: NationalFilter = {}) {
  const ids = regencyIdsWith(actor, "dashboard.read");
  if (ids !== "all" && ids.length === 0) return null;
  const [rows, provinces] = await Promise.all([
    nationalFigures(db, ids, filter),
    db.regency.findMany({
      where: ids === "all" ? {} : { id: { in: ids } },
      distinct: ["province"],
      orderBy: { province: "asc" },
      select: { province: true },
    }),
  ]);
  const computed = rows.map((r) => r.computedAt?.getTime() ?? 0).filter(Boolean);
  return {
    rows,
    filter,
    provinces: provinces.map((p) => p.province),
    /** the oldest figures on the page (null: not computed yet) */
    computedAt: computed.length ? new Date(Math.min(...computed)) : null,
    /** the DOBs that need attention most: the rows are sorted that way already */
    attention: rows.filter((r) => r.isDob && (r.escalated > 0 || r.stale > 0)).slice(0, 10),
  };
}
