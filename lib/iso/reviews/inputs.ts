import type { Db, Tx } from "@/lib/db";

export type ReviewInputs = {
  asOf: string;
  nonconformities: {
    open: number;
    in_progress: number;
    awaiting_verification: number;
    closed: number;
    overdueActions: number;
  };
  audits: { year: number; completed: number; planned: number; findings: Record<string, number> };
  objectives: { total: number; met: number };
  issues: { total: number; byStage: Record<string, number> };
  risks: { total: number; high: number };
  earlierActions: { total: number; done: number; overdue: number };
  assessment: { period: string; status: string; red: number; yellow: number; green: number } | null;
};

/** The inputs of ISO 9001 clause 9.3.2, counted live from Mekar for one regency. */
export async function computeReviewInputs(
  tx: Tx | Db,
  regencyId: string,
  excludeReviewId?: string,
  now = new Date(),
): Promise<ReviewInputs> {
  const year = now.getUTCFullYear();
  const [ncs, overdueActions, audits, findings, objectives, issues, risks, highRisks, earlier, assessment] =
    await Promise.all([
      tx.isoNonconformity.groupBy({ by: ["status"], where: { regencyId }, _count: { _all: true } }),
      tx.isoCorrectiveAction.count({
        where: { doneAt: null, dueDate: { lt: now }, nonconformity: { regencyId, status: { not: "closed" } } },
      }),
      tx.isoAudit.groupBy({ by: ["status"], where: { regencyId, programYear: year }, _count: { _all: true } }),
      tx.isoAuditFinding.groupBy({
        by: ["kind"],
        where: { audit: { regencyId, programYear: year } },
        _count: { _all: true },
      }),
      tx.isoObjective.findMany({
        where: { regencyId },
        select: {
          target: true,
          direction: true,
          measurements: { orderBy: { period: "desc" }, take: 1, select: { value: true } },
        },
      }),
      tx.issue.groupBy({ by: ["stage"], where: { regencyId, triage: "accepted" }, _count: { _all: true } }),
      tx.isoRisk.count({ where: { regencyId } }),
      tx.isoRisk.count({ where: { regencyId, level: { gte: 15 } } }),
      tx.isoReviewAction.findMany({
        where: { review: { regencyId, ...(excludeReviewId ? { id: { not: excludeReviewId } } : {}) } },
        select: { doneAt: true, dueDate: true },
      }),
      tx.isoAssessment.findFirst({
        where: { regencyId, status: "verified" },
        orderBy: { period: "desc" },
        select: { period: true, status: true, ratings: { select: { rating: true } } },
      }),
    ]);
  const nc = Object.fromEntries(ncs.map((r) => [r.status, r._count._all]));
  const au = Object.fromEntries(audits.map((r) => [r.status, r._count._all]));
  const met = objectives.filter(
    (o) =>
      o.measurements[0] &&
      (o.direction === "increase" ? o.measurements[0].value >= o.target : o.measurements[0].value <= o.target),
  ).length;
  return {
    asOf: now.toISOString(),
    nonconformities: {
      open: nc.open ?? 0,
      in_progress: nc.in_progress ?? 0,
      awaiting_verification: nc.awaiting_verification ?? 0,
      closed: nc.closed ?? 0,
      overdueActions,
    },
    audits: {
      year,
      completed: au.completed ?? 0,
      planned: au.planned ?? 0,
      findings: Object.fromEntries(findings.map((f) => [f.kind, f._count._all])),
    },
    objectives: { total: objectives.length, met },
    issues: {
      total: issues.reduce((s, r) => s + r._count._all, 0),
      byStage: Object.fromEntries(issues.map((r) => [r.stage, r._count._all])),
    },
    risks: { total: risks, high: highRisks },
    earlierActions: {
      total: earlier.length,
      done: earlier.filter((a) => a.doneAt).length,
      overdue: earlier.filter((a) => !a.doneAt && a.dueDate < now).length,
    },
    assessment: assessment && {
      period: assessment.period,
      status: assessment.status,
      red: assessment.ratings.filter((r) => r.rating === "red").length,
      yellow: assessment.ratings.filter((r) => r.rating === "yellow").length,
      green: assessment.ratings.filter((r) => r.rating === "green").length,
    },
  };
}
