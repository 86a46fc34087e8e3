import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, roleCan } from "@/lib/auth/permissions";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { saveVersioned } from "@/lib/versioned";
import type { AssessLeaderInput, SetLeadershipTeamInput } from "./schemas";
import { isDefaultTeamKind } from "./team";

const yearOf = (d: Date) => d.getUTCFullYear();

/**
 * Records one assessment of a leader (a term) on the eight roles for a period. "self": the leader
 * linked to the term, or the coordinator entering a paper self-assessment on their behalf (marked
 * as such). "colleague": a member of the regency with leadership.assess, never the leader
 * themselves. One per rater per term per period: a resubmit replaces the rater's own and bumps its
 * version. The audit row says that an assessment was made, never its scores.
 */
export async function assessLeader(
  actor: Actor,
  input: AssessLeaderInput,
): Promise<{ id: string; version: number; onBehalf: boolean }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const term = await tx.positionTerm.findUnique({
        where: { id: input.termId },
        select: { id: true, userId: true, startDate: true, endDate: true, position: { select: { regencyId: true } } },
      });
      if (!term) throw new AppError("NOT_FOUND");
      const regencyId = term.position.regencyId;
      assertMemberCan(actor, "leadership.assess", regencyId);
      const isLeader = term.userId !== null && term.userId === actor.id;
      let onBehalf = false;
      if (input.kind === "self") {
        if (!isLeader) {
          if (!can(actor, "leadership.manage", regencyId))
            throw new AppError("FORBIDDEN", "leadership.roles.errors.selfOnlyLeader");
          onBehalf = true;
        }
      } else {
        if (isLeader) throw new AppError("INVALID", "leadership.roles.errors.notOwnColleague");
        // a colleague is a member of the regency: the admin (no membership) or oversight is not
        const member = actor.memberships.some(
          (m) => m.regencyId === regencyId && m.role !== "oversight" && roleCan(m.role, "leadership.assess"),
        );
        if (!member) throw new AppError("FORBIDDEN", "leadership.roles.errors.colleagueMember");
      }
      if (input.period < yearOf(term.startDate) || (term.endDate && input.period > yearOf(term.endDate)))
        throw new AppError("INVALID", "common.errors.invalid", {
          period: ["leadership.roles.errors.periodOutsideTerm"],
        });
      if (input.period > new Date().getUTCFullYear())
        throw new AppError("INVALID", "common.errors.invalid", { period: ["leadership.roles.errors.periodFuture"] });
      const raterKey = input.kind === "self" ? "self" : actor.id;
      const key = { termId_period_raterKey: { termId: term.id, period: input.period, raterKey } };
      const existing = await tx.leadershipAssessment.findUnique({ where: key, select: { id: true, version: true } });
      const data = {
        scores: input.scores,
        onBehalf,
        recordedById: actor.id,
        assessorId: input.kind === "self" ? term.userId : actor.id,
      };
      const saved = existing
        ? await tx.leadershipAssessment.update({
            where: { id: existing.id },
            data: { ...data, version: { increment: 1 } },
            select: { id: true, version: true },
          })
        : await tx.leadershipAssessment.create({
            data: { ...data, regencyId, termId: term.id, period: input.period, kind: input.kind, raterKey },
            select: { id: true, version: true },
          });
      await recordAudit(
        tx,
        actor,
        "position_term.role_assessed",
        { type: "position_term", id: term.id, regencyId },
        {
          period: [null, input.period],
          kind: [null, input.kind],
          onBehalf: [null, onBehalf],
          version: [existing?.version ?? null, saved.version],
        },
      );
      return { id: saved.id, version: saved.version, onBehalf };
    }),
  );
}

/** Adds a position to the leadership team or takes it out (the default positions always belong). */
export async function setLeadershipTeam(actor: Actor, input: SetLeadershipTeamInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const position = await tx.position.findUnique({
      where: { id: input.positionId },
      select: { id: true, regencyId: true, kind: true, inLeadershipTeam: true, version: true },
    });
    if (!position) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "leadership.manage", position.regencyId);
    if (isDefaultTeamKind(position.kind)) throw new AppError("INVALID", "leadership.roles.errors.defaultMember");
    const version = input.version ?? position.version;
    await saveVersioned(tx, actor, {
      version,
      before: position,
      after: { inLeadershipTeam: input.member },
      fields: ["inLeadershipTeam"],
      write: () =>
        tx.position.update({
          where: { id: position.id, version },
          data: { inLeadershipTeam: input.member, version: { increment: 1 } },
        }),
      action: "position.leadership_team_changed",
      entity: { type: "position", id: position.id, regencyId: position.regencyId },
    });
  });
}
