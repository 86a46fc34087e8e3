import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, regencyIdsWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
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
  regencyComparison,
  weeklyFlow,
} from "./sql";

/**
 * The regency dashboard. The coordinator (issues.manage) sees the whole regency; an official
 * sees the work of the positions they hold. Null without dashboard.read.
 */
export async function getDashboard(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "dashboard.read", regencyId)) return null;
  const whole = can(actor, "issues.manage", regencyId);
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
 * Regencies compared on the same figures: others see the regencies they hold dashboard.read in;
 * an admin compares one province at a time (the active regency's unless chosen), which keeps the
 * page fast with a million issues nationally.
 */
export async function getRegencyComparison(
  actor: Actor,
  requested?: string,
  activeRegencyId?: string,
  now = new Date(),
) {
  const ids = regencyIdsWith(actor, "dashboard.read");
  if (ids !== "all" && ids.length === 0) return null;
  let province = requested;
  if (ids === "all" && !province) {
    const home = activeRegencyId
      ? await db.regency.findUnique({ where: { id: activeRegencyId }, select: { province: true } })
      : null;
    province =
      home?.province ??
      (await db.regency.findFirst({ orderBy: { province: "asc" }, select: { province: true } }))?.province;
  }
  const [rows, provinces] = await Promise.all([
    regencyComparison(db, ids, now, province),
    db.regency.findMany({
      where: ids === "all" ? {} : { id: { in: ids } },
      distinct: ["province"],
      orderBy: { province: "asc" },
      select: { province: true },
    }),
  ]);
  return { rows, province, allowAll: ids !== "all", provinces: provinces.map((p) => p.province) };
}
