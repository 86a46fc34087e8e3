import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AspirationStatus } from "@/lib/generated/prisma/enums";
import { proposeIssue } from "@/lib/issues/intake";
import { holderUserIds } from "@/lib/leadership/holders";
import { notify } from "@/lib/notifications/notify";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";
import { conflictIfStale } from "@/lib/versioned";
import { daysForTier, deadlineFrom } from "./deadlines";
import { agenciesHeldBy, visibleAspirations } from "./policy";
import type {
  AcceptAspirationInput,
  AnswerAspirationInput,
  CloseAspirationInput,
  ForwardAspirationInput,
  RejectAspirationInput,
  VerifyAspirationInput,
} from "./schemas";
import type { Permission } from "@/lib/auth/permissions";

const WAITING: AspirationStatus[] = ["received", "verified", "forwarded"];

/** Loads an aspiration through the actor's scope, checks the permission in its regency and the
 * statuses the step starts from. Outside the scope it does not exist. */
async function load(tx: Tx, actor: Actor, id: string, permission: Permission, from: AspirationStatus[]) {
  const a = await tx.aspiration.findFirst({
    where: { id, ...visibleAspirations(actor) },
    select: {
      id: true,
      regencyId: true,
      code: true,
      status: true,
      version: true,
      tier: true,
      dueAt: true,
      issueId: true,
      text: true,
      firstRespondedAt: true,
      answeredAt: true,
      forwardedAgencyId: true,
      forwardedAgency: { select: { name: true } },
      regency: {
        select: {
          timeZone: true,
          aspirationStandardDays: true,
          aspirationNoFieldCheckDays: true,
          aspirationFieldCheckDays: true,
          aspirationFirstResponseDays: true,
        },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND");
  assertMemberCan(actor, permission, a.regencyId);
  if (!from.includes(a.status)) throw new AppError("INVALID", "aspirations.errors.wrongStatus");
  return a;
}
type Loaded = Awaited<ReturnType<typeof load>>;

/** Writes the step under the version the user saw (stale = CONFLICT: a double submit is one step). */
async function save(tx: Tx, a: Loaded, version: number, data: Parameters<Tx["aspiration"]["update"]>[0]["data"]) {
  await conflictIfStale(() =>
    tx.aspiration.update({ where: { id: a.id, version }, data: { ...data, version: { increment: 1 } } }),
  );
}

const entity = (a: Loaded) => ({ type: "aspiration", id: a.id, regencyId: a.regencyId });
const link = (a: Loaded) => `/aspirations/${a.id}`;

/** Checked and sorted into its deadline tier: the answer deadline starts now. The first response. */
export async function verifyAspiration(actor: Actor, input: VerifyAspirationInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.triage", ["received"]);
    const deadline = deadlineFrom(now, daysForTier(a.regency, input.tier), a.regency.timeZone);
    await save(tx, a, input.version, {
      status: "verified",
      tier: input.tier,
      ...deadline,
      firstRespondedAt: a.firstRespondedAt ?? now,
      events: { create: { kind: "status", status: "verified", isPublic: true, authorId: actor.id } },
    });
    await recordAudit(tx, actor, "aspiration.verified", entity(a), {
      status: [a.status, "verified"],
      tier: [a.tier, input.tier],
      dueAt: [a.dueAt.toISOString(), deadline.dueAt.toISOString()],
    });
  });
}

/** Linked to an existing issue of the regency, or raised as a new issue proposal (triage queue). */
export async function acceptAspiration(actor: Actor, input: AcceptAspirationInput): Promise<{ issueId: string }> {
  return db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.triage", [...WAITING, "answered"]);
    let issueId: string;
    if (input.issueId) {
      const issue = await tx.issue.findFirst({
        where: { id: input.issueId, regencyId: a.regencyId, triage: { in: ["pending", "accepted"] } },
        select: { id: true },
      });
      if (!issue)
        throw new AppError("INVALID", "aspirations.errors.issueNotInRegency", {
          issueId: ["common.validation.choice"],
        });
      issueId = issue.id;
    } else {
      if (!input.title)
        throw new AppError("INVALID", "common.errors.invalid", { title: ["common.validation.required"] });
      const issue = await proposeIssue(tx, actor, {
        regencyId: a.regencyId,
        title: input.title,
        description: a.text,
        category: input.category ?? "basic_services",
        source: "aspiration",
        sourceRef: a.code,
      });
      issueId = issue.id;
    }
    await save(tx, a, input.version, { issueId });
    await recordAudit(tx, actor, "aspiration.accepted", entity(a), {
      issueId: [a.issueId, issueId],
      newIssue: [null, !input.issueId],
    });
    return { issueId };
  });
}

/** Sent to an agency (OPD) of the same regency with a response deadline; its officials are told. */
export async function forwardAspiration(actor: Actor, input: ForwardAspirationInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.triage", ["received", "verified", "forwarded"]);
    const agency = await tx.agency.findFirst({
      where: { id: input.agencyId, regencyId: a.regencyId },
      select: { id: true, name: true, positions: { select: { id: true } } },
    });
    if (!agency)
      throw new AppError("INVALID", "aspirations.errors.agencyNotInRegency", {
        agencyId: ["common.validation.choice"],
      });
    const deadline = deadlineFrom(now, input.days, a.regency.timeZone);
    await save(tx, a, input.version, {
      status: "forwarded",
      forwardedAgencyId: agency.id,
      ...deadline,
      tier: a.tier ?? "standard",
      firstRespondedAt: a.firstRespondedAt ?? now,
      events: {
        create: { kind: "status", status: "forwarded", isPublic: true, agencyName: agency.name, authorId: actor.id },
      },
    });
    await recordAudit(tx, actor, "aspiration.forwarded", entity(a), {
      status: [a.status, "forwarded"],
      agency: [a.forwardedAgency?.name ?? null, agency.name],
      dueAt: [a.dueAt.toISOString(), deadline.dueAt.toISOString()],
    });
    await notify(
      tx,
      await holderUserIds(
        tx,
        agency.positions.map((p) => p.id),
      ),
      {
        kind: "aspirations.forwarded",
        regencyId: a.regencyId,
        link: link(a),
        params: { code: a.code, agency: agency.name, days: input.days },
      },
      actor.id,
    );
  });
}

/**
 * An answer to the citizen: public (may be quoted without the sender's data) or private (their
 * status page only). The coordinator and humas answer for the regency; an official only an
 * aspiration forwarded to their own agency (which then answers, by name). The first answer stops
 * the clock: whether it came within the deadline is kept for the public figures.
 */
export async function answerAspiration(actor: Actor, input: AnswerAspirationInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.answer", [...WAITING, "answered"]);
    const forAll = can(actor, "aspirations.all", a.regencyId);
    const ownAgency =
      a.forwardedAgencyId &&
      (await tx.agency.count({ where: { id: a.forwardedAgencyId, ...agenciesHeldBy(actor) } })) > 0;
    if (!forAll && !ownAgency) throw new AppError("FORBIDDEN", "common.errors.forbidden");
    const first = !a.answeredAt;
    await save(tx, a, input.version, {
      status: "answered",
      answeredAt: a.answeredAt ?? now,
      ...(first ? { answeredOnTime: now < a.dueAt } : {}),
      firstRespondedAt: a.firstRespondedAt ?? now,
      events: {
        create: {
          kind: "answer",
          status: "answered",
          body: input.body,
          isPublic: input.isPublic,
          agencyName: ownAgency ? (a.forwardedAgency?.name ?? null) : null,
          authorId: actor.id,
        },
      },
    });
    await recordAudit(tx, actor, "aspiration.answered", entity(a), {
      status: [a.status, "answered"],
      isPublic: [null, input.isPublic],
      answer: [null, input.body],
      onTime: [null, first ? now < a.dueAt : null],
    });
    if (!forAll)
      await notify(
        tx,
        await coordinatorUserIds(tx, a.regencyId),
        { kind: "aspirations.answered", regencyId: a.regencyId, link: link(a), params: { code: a.code } },
        actor.id,
      );
  });
}

/** Not taken up, with the reason the citizen reads on their status page. */
export async function rejectAspiration(actor: Actor, input: RejectAspirationInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.triage", ["received", "verified"]);
    await save(tx, a, input.version, {
      status: "rejected",
      rejectReason: input.reason,
      firstRespondedAt: a.firstRespondedAt ?? now,
      closedAt: now,
      events: {
        create: { kind: "status", status: "rejected", body: input.reason, isPublic: true, authorId: actor.id },
      },
    });
    await recordAudit(tx, actor, "aspiration.rejected", entity(a), {
      status: [a.status, "rejected"],
      rejectReason: [null, input.reason],
    });
  });
}

/** Done: answered, and nothing more to do. */
export async function closeAspiration(actor: Actor, input: CloseAspirationInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await load(tx, actor, input.id, "aspirations.triage", ["answered"]);
    await save(tx, a, input.version, {
      status: "closed",
      closedAt: now,
      events: { create: { kind: "status", status: "closed", isPublic: true, authorId: actor.id } },
    });
    await recordAudit(tx, actor, "aspiration.closed", entity(a), { status: [a.status, "closed"] });
  });
}
