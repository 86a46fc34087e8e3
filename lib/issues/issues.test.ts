import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { attentionOf, isOverdue } from "./attention";
import { syncAttentionNotifications } from "./attention-notify";
import { sweepAttention } from "./attention-sweep";
import { queryIssueList } from "./list-sql";
import { addIssueUpdate, changeIssueStage, createIssue, triageIssue, updateIssue } from "./mutations";
import { getIssue, listIssues } from "./queries";
import { changeIssueStageSchema } from "./schemas";

const DAY = 86_400_000;
let coordinator: Actor, official: Actor, humas: Actor, malaka: Actor, admin: Actor;
let pangandaran: string;
let bappeda: string; // the Kepala Bappeda position (held by the official)
let bpkad: string;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

async function newAccepted(title: string, owner = bappeda) {
  const { id } = await createIssue(coordinator, {
    idempotencyKey: randomUUID(),
    regencyId: pangandaran,
    title,
    description: "",
    category: "governance",
    impact: 3,
    urgency: 4,
  });
  await triageIssue(coordinator, {
    decision: "accept",
    issueId: id,
    version: 1,
    ownerPositionId: owner,
    agencyId: null,
    reviewCadenceDays: 10,
    dueDate: null,
  });
  return db.issue.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  [coordinator, official, humas, malaka, admin] = await Promise.all(
    [DEMO.coordinator, DEMO.official, DEMO.humas, DEMO.malakaCoordinator, DEMO.admin].map(actorFor),
  );
  pangandaran = await regencyId("pangandaran");
  bappeda = (await db.position.findFirstOrThrow({ where: { regencyId: pangandaran, kind: "kepala_bappeda" } })).id;
  bpkad = (await db.position.findFirstOrThrow({ where: { regencyId: pangandaran, title: "Kepala BPKAD" } })).id;
});

describe("attention dates", () => {
  const base = {
    stage: "action",
    triage: "accepted",
    reviewCadenceDays: 14,
    createdAt: new Date("2026-01-01T00:00:00Z"),
  };
  const last = new Date("2026-03-01T08:00:00Z");
  it("is on track within the cadence, stale after it, escalated after twice it (calendar days, WIB)", () => {
    // updated 1 March 15.00 WIB, cadence 14: the update is due on 15 March, stale from 00:00 WIB on the 16th
    const at = (iso: string) => attentionOf({ ...base, lastOwnerUpdateAt: last }, new Date(iso)).state;
    expect(at("2026-03-15T16:59:59Z")).toBe("ok");
    expect(at("2026-03-15T17:00:00Z")).toBe("stale");
    expect(at("2026-03-29T16:59:59Z")).toBe("stale");
    expect(at("2026-03-29T17:00:00Z")).toBe("escalated");
    const a = attentionOf({ ...base, lastOwnerUpdateAt: last }, new Date(last.getTime() + 20 * DAY));
    expect(a.staleAt.toISOString()).toBe("2026-03-15T17:00:00.000Z");
    expect(a.escalateAt.toISOString()).toBe("2026-03-29T17:00:00.000Z");
    expect(a.daysSinceUpdate).toBe(20);
  });
  it("starts the clock at acceptance when the owner never updated, and ignores closed or untriaged issues", () => {
    const acceptedAt = new Date("2026-02-01T00:00:00Z");
    expect(attentionOf({ ...base, lastOwnerUpdateAt: null, acceptedAt }, new Date("2026-02-10T00:00:00Z")).state).toBe(
      "ok",
    );
    expect(attentionOf({ ...base, lastOwnerUpdateAt: null, acceptedAt }, new Date("2026-02-20T00:00:00Z")).state).toBe(
      "stale",
    );
    expect(attentionOf({ ...base, stage: "closed", lastOwnerUpdateAt: last }, new Date("2027-01-01")).state).toBe("ok");
    expect(attentionOf({ ...base, triage: "pending", lastOwnerUpdateAt: null }, new Date("2027-01-01")).state).toBe(
      "ok",
    );
  });
  it("counts a due date as overdue only after the day has passed", () => {
    const i = { dueDate: new Date("2026-03-10T00:00:00Z"), stage: "action", triage: "accepted" };
    expect(isOverdue(i, new Date("2026-03-10T16:59:59Z"))).toBe(false); // 23.59 WIB on the due day
    expect(isOverdue(i, new Date("2026-03-10T17:00:00Z"))).toBe(true); // 00.00 WIB the next day
    expect(isOverdue({ ...i, stage: "closed" }, new Date("2027-01-01"))).toBe(false);
  });
  it("SQL agrees with the rules: the stale and escalated filters pick the same issues", async () => {
    const issue = await newAccepted(`Uji tanggal ${Date.now()}`);
    const lastUpdate = new Date(Date.now() - 15 * DAY); // cadence 10: stale, not yet escalated (20)
    await db.issue.update({ where: { id: issue.id }, data: { lastOwnerUpdateAt: lastUpdate } });
    const now = new Date();
    const stale = await queryIssueList(db, pangandaran, { q: issue.title, stale: "1" }, now);
    const escalated = await queryIssueList(db, pangandaran, { q: issue.title, escalated: "1" }, now);
    expect(stale.rows.map((r) => r.id)).toEqual([issue.id]);
    expect(escalated.rows).toEqual([]);
    const later = new Date(lastUpdate.getTime() + 21 * DAY); // the day after twice the cadence
    expect(
      (await queryIssueList(db, pangandaran, { q: issue.title, escalated: "1" }, later)).rows.map((r) => r.id),
    ).toEqual([issue.id]);
  });
});

describe("scoping", () => {
  it("another regency's coordinator reads nothing and changes nothing", async () => {
    const issue = await newAccepted(`Isu rahasia ${Date.now()}`);
    expect(await getIssue(malaka, issue.id)).toBeNull();
    expect(await listIssues(malaka, pangandaran, {})).toBeNull();
    expect(
      await code(
        updateIssue(malaka, {
          issueId: issue.id,
          version: issue.version,
          title: "Diubah dari Malaka",
          description: "",
          category: "finance",
          lifecycle: "current",
          impact: 1,
          urgency: 1,
          agencyId: null,
          ownerPositionId: null,
          supportingPositionIds: [],
          dueDate: null,
          reviewCadenceDays: 14,
          programs: [],
          tags: [],
          isPublic: false,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await code(
        addIssueUpdate(malaka, {
          idempotencyKey: randomUUID(),
          issueId: issue.id,
          body: "Catatan",
          percentDone: null,
          isPublic: false,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await code(
        createIssue(malaka, {
          idempotencyKey: randomUUID(),
          regencyId: pangandaran,
          title: "Isu dari luar",
          description: "",
          category: "finance",
          impact: 3,
          urgency: 3,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect((await getIssue(admin, issue.id))?.id).toBe(issue.id);
  });
  it("a role without the permission gets FORBIDDEN", async () => {
    const { id } = await createIssue(humas, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaran,
      title: `Usulan humas ${Date.now()}`,
      description: "",
      category: "social_cultural",
      impact: 2,
      urgency: 2,
    });
    expect(
      await code(triageIssue(humas, { decision: "reject", issueId: id, version: 1, reason: "Tidak relevan" })),
    ).toBe("FORBIDDEN");
    expect(
      await code(triageIssue(official, { decision: "reject", issueId: id, version: 1, reason: "Tidak relevan" })),
    ).toBe("FORBIDDEN");
  });
});

describe("stage permissions", () => {
  it("the owner official may move into analysis but not strategy; a non-owner official may not move at all", async () => {
    const mine = await newAccepted(`Isu Bappeda ${Date.now()}`);
    expect(
      await code(
        changeIssueStage(official, {
          issueId: mine.id,
          version: mine.version,
          stage: "strategy",
          note: "",
          evaluationNote: "",
          isPublic: false,
        }),
      ),
    ).toBe("FORBIDDEN");
    const seq = await lastAuditSeq();
    expect(
      await code(
        changeIssueStage(official, {
          issueId: mine.id,
          version: mine.version,
          stage: "analysis",
          note: "Mulai analisis",
          evaluationNote: "",
          isPublic: false,
        }),
      ),
    ).toBe("OK");
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe("issue.stage_changed");
    expect((events[0].changes as Record<string, unknown>).stage).toEqual(["identification", "analysis"]);
    const after = await db.issue.findUniqueOrThrow({ where: { id: mine.id } });
    expect(after.lastOwnerUpdateAt!.getTime()).toBeGreaterThan(mine.lastOwnerUpdateAt!.getTime() - 1);

    const other = await newAccepted(`Isu BPKAD ${Date.now()}`, bpkad);
    expect(
      await code(
        changeIssueStage(official, {
          issueId: other.id,
          version: other.version,
          stage: "analysis",
          note: "",
          evaluationNote: "",
          isPublic: false,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await code(
        changeIssueStage(humas, {
          issueId: other.id,
          version: other.version,
          stage: "analysis",
          note: "",
          evaluationNote: "",
          isPublic: false,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
  it("closing needs an evaluation note; only the coordinator closes", async () => {
    const issue = await newAccepted(`Isu ditutup ${Date.now()}`);
    expect(
      changeIssueStageSchema.safeParse({ issueId: issue.id, version: "2", stage: "closed", evaluationNote: "" }).error
        ?.issues[0].message,
    ).toBe("issues.errors.closeNeedsEvaluation");
    expect(
      await code(
        changeIssueStage(official, {
          issueId: issue.id,
          version: issue.version,
          stage: "closed",
          note: "",
          evaluationNote: "Sudah selesai seluruhnya.",
          isPublic: false,
        }),
      ),
    ).toBe("FORBIDDEN");
    await changeIssueStage(coordinator, {
      issueId: issue.id,
      version: issue.version,
      stage: "closed",
      note: "Ditutup setelah rapat koordinasi 3 Desember.",
      evaluationNote: "Sasaran tercapai, dievaluasi dalam rakor.",
      isPublic: false,
    });
    const closed = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(closed.stage).toBe("closed");
    expect(closed.closedAt).not.toBeNull();
    expect(closed.evaluationNote).toBe("Sasaran tercapai, dievaluasi dalam rakor.");
    // the stage note typed beside the evaluation is kept in the timeline, not dropped
    const entry = await db.issueUpdate.findFirstOrThrow({ where: { issueId: issue.id, toStage: "closed" } });
    expect(entry.body).toContain("Ditutup setelah rapat koordinasi 3 Desember.");
    expect(entry.body).toContain("Sasaran tercapai, dievaluasi dalam rakor.");
  });
});

describe("nothing lost", () => {
  it("a repeated create with the same idempotency key makes one issue and one audit row", async () => {
    const key = randomUUID();
    const title = `Dobel klik ${Date.now()}`;
    const seq = await lastAuditSeq();
    const input = {
      idempotencyKey: key,
      regencyId: pangandaran,
      title,
      description: "",
      category: "capital" as const,
      impact: 2,
      urgency: 5,
    };
    const [a, b] = [await createIssue(coordinator, input), await createIssue(coordinator, input)];
    expect(a.id).toBe(b.id);
    expect(await db.issue.count({ where: { regencyId: pangandaran, title } })).toBe(1);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["issue.proposed"]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: a.id } })).priority).toBe(10);
  });
  it("a stale version is rejected with what changed and by whom, and changes nothing", async () => {
    const issue = await newAccepted(`Konflik ${Date.now()}`);
    const base = {
      issueId: issue.id,
      description: "",
      category: "governance" as const,
      lifecycle: "current" as const,
      impact: 3,
      urgency: 4,
      agencyId: null,
      ownerPositionId: bappeda,
      supportingPositionIds: [],
      reviewCadenceDays: 10,
      programs: [],
      tags: [],
      isPublic: false,
    };
    const seq = await lastAuditSeq();
    await updateIssue(coordinator, {
      ...base,
      version: issue.version,
      title: `${issue.title} (rev)`,
      dueDate: new Date("2026-12-31T00:00:00Z"),
    });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe("issue.updated");
    expect(events[0].changes).toMatchObject({
      title: [issue.title, `${issue.title} (rev)`],
      dueDate: [null, "2026-12-31T00:00:00.000Z"],
      lifecycle: ["emerging", "current"],
    });
    let err: unknown;
    try {
      await updateIssue(coordinator, { ...base, version: issue.version, title: "Versi lama menimpa", dueDate: null });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as { changedFields: string[] }).changedFields).toEqual(expect.arrayContaining(["title", "dueDate"]));
    expect((err as { changedBy: string[] }).changedBy).toEqual([coordinator.name]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).title).toBe(`${issue.title} (rev)`);
  });
});

describe("timeline and attention clock", () => {
  it("the owner's progress note restarts the clock; the coordinator's does not", async () => {
    const issue = await newAccepted(`Jam perhatian ${Date.now()}`);
    const old = new Date(Date.now() - 30 * DAY);
    await db.issue.update({ where: { id: issue.id }, data: { lastOwnerUpdateAt: old } });
    await addIssueUpdate(coordinator, {
      idempotencyKey: randomUUID(),
      issueId: issue.id,
      body: "Mohon segera diperbarui.",
      percentDone: null,
      isPublic: false,
    });
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).lastOwnerUpdateAt).toEqual(old);
    const seq = await lastAuditSeq();
    await addIssueUpdate(official, {
      idempotencyKey: randomUUID(),
      issueId: issue.id,
      body: "Kajian selesai 50%.",
      percentDone: 50,
      isPublic: false,
    });
    const after = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(after.percentDone).toBe(50);
    expect(after.lastOwnerUpdateAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["issue.update_added"]);
    expect((events[0].changes as Record<string, unknown>).percentDone).toEqual([0, 50]);
    const detail = await getIssue(official, issue.id);
    expect(detail?.attention.state).toBe("ok");
    expect(detail?.updates[0]).toMatchObject({ kind: "note", byOwner: true, percentDone: 50 });
  });
  it("a note queued offline is saved once per key, and is a conflict when the issue changed since it was written", async () => {
    const issue = await newAccepted(`Catatan luring ${Date.now()}`);
    const note = { issueId: issue.id, body: "Ditulis tanpa sinyal.", percentDone: null, isPublic: false };
    // sent twice with one key (the answer to the first was lost): one note, one audit row
    const seq = await lastAuditSeq();
    const key = randomUUID();
    const first = await addIssueUpdate(official, { ...note, idempotencyKey: key, version: issue.version });
    expect(await addIssueUpdate(official, { ...note, idempotencyKey: key, version: issue.version })).toEqual(first);
    expect(await db.issueUpdate.count({ where: { issueId: issue.id, body: note.body } })).toBe(1);
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["issue.update_added"]);
    // the coordinator moves the issue on; a note written against the older version is refused, naming the change
    await changeIssueStage(coordinator, {
      issueId: issue.id,
      version: issue.version,
      stage: "analysis",
      note: "",
      evaluationNote: "",
      isPublic: false,
    });
    let err: unknown;
    try {
      await addIssueUpdate(official, {
        ...note,
        body: "Terlambat.",
        idempotencyKey: randomUUID(),
        version: issue.version,
      });
    } catch (e) {
      err = e;
    }
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as { changedFields: string[] }).changedFields).toContain("stage");
    expect(await db.issueUpdate.count({ where: { issueId: issue.id, body: "Terlambat." } })).toBe(0);
    // the form online carries no version and is not affected
    expect(
      await code(addIssueUpdate(official, { ...note, body: "Dari formulir.", idempotencyKey: randomUUID() })),
    ).toBe("OK");
  });
  it("stale and escalated issues notify once per attention period", async () => {
    const issue = await newAccepted(`Eskalasi ${Date.now()}`);
    await db.issue.update({ where: { id: issue.id }, data: { lastOwnerUpdateAt: new Date(Date.now() - 25 * DAY) } });
    expect(await syncAttentionNotifications(db, pangandaran)).toBeGreaterThanOrEqual(4);
    expect(await syncAttentionNotifications(db, pangandaran)).toBe(0);
    const rows = await db.notification.findMany({
      where: { link: `/issues/${issue.id}`, kind: { in: ["issues.stale", "issues.escalated"] } },
      select: { userId: true, kind: true },
    });
    // owner (the official) and coordinator, each once per kind
    expect(
      rows
        .filter((r) => r.kind === "issues.stale")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([coordinator.id, official.id].sort());
    expect(
      rows
        .filter((r) => r.kind === "issues.escalated")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([coordinator.id, official.id].sort());
  });

  it("the background sweep notifies without anyone opening a dashboard, once", async () => {
    const issue = await newAccepted(`Tanpa dasbor ${Date.now()}`);
    await db.issue.update({ where: { id: issue.id }, data: { lastOwnerUpdateAt: new Date(Date.now() - 15 * DAY) } });
    expect(await sweepAttention()).toBeGreaterThanOrEqual(2);
    expect(await db.notification.count({ where: { link: `/issues/${issue.id}`, kind: "issues.stale" } })).toBe(2); // owner and coordinator
    expect(await sweepAttention()).toBe(0);
  });
});

describe("mentions in timeline notes", () => {
  it("parses @email and @[Full Name], ignoring plain addresses", async () => {
    const { parseMentions } = await import("./mentions");
    expect(parseMentions("Mohon @Humas@Mekar.test dan @[ Dewi  Lestari ] cek; kirim ke info@mekar.test.")).toEqual({
      emails: ["humas@mekar.test"],
      names: ["Dewi Lestari"],
    });
  });

  it("notifies a mentioned member of the regency once, instead of the general update notice", async () => {
    const issue = await newAccepted(`Isu sebutan ${Date.now()}`);
    await addIssueUpdate(coordinator, {
      idempotencyKey: randomUUID(),
      issueId: issue.id,
      body: "Mohon @humas@mekar.test siapkan rilis; @[Dewi Lestari] juga @pejabat@mekar.test.",
      percentDone: null,
      isPublic: false,
    });
    const rows = await db.notification.findMany({
      where: { link: `/issues/${issue.id}`, kind: { in: ["issues.mentioned", "issues.updated"] } },
    });
    const mentioned = rows.filter((r) => r.kind === "issues.mentioned");
    expect(mentioned.map((r) => r.userId).sort()).toEqual([humas.id, official.id].sort());
    expect(mentioned[0].params).toMatchObject({ number: issue.number, title: issue.title, by: coordinator.name });
    expect(mentioned[0].regencyId).toBe(pangandaran);
    expect(rows.filter((r) => r.kind === "issues.updated").map((r) => r.userId)).toEqual([]); // the owner (official) was mentioned; the author is the coordinator
  });

  it("never resolves a user of another regency", async () => {
    const issue = await newAccepted(`Isu sebutan lintas ${Date.now()}`);
    await addIssueUpdate(coordinator, {
      idempotencyKey: randomUUID(),
      issueId: issue.id,
      body: `Cc @${DEMO.malakaCoordinator} dan @[${malaka.name}]`,
      percentDone: null,
      isPublic: false,
    });
    expect(await db.notification.count({ where: { link: `/issues/${issue.id}`, kind: "issues.mentioned" } })).toBe(0);
    expect(await db.notification.count({ where: { link: `/issues/${issue.id}`, userId: malaka.id } })).toBe(0);
  });
});

describe("work given to a vacant position", () => {
  it("is flagged in the form's options and told to the coordinators, since no holder hears of it", async () => {
    const { issueFormOptions } = await import("./queries");
    const vacant = await db.position.findFirstOrThrow({
      where: { regencyId: pangandaran, title: "Kepala Dinas Pariwisata" },
    });
    const options = (await issueFormOptions(coordinator, pangandaran))!;
    expect(options.positions.find((p) => p.id === vacant.id)?.holder).toBeNull();
    expect(options.positions.find((p) => p.id === bappeda)?.holder).toBe("definitif");

    // triaged by the admin, so that the coordinator (who would skip their own act) is told
    const { id } = await createIssue(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaran,
      title: "Retribusi wisata pantai belum ditarik",
      description: "",
      category: "finance",
      impact: 3,
      urgency: 3,
    });
    await triageIssue(admin, {
      decision: "accept",
      issueId: id,
      version: 1,
      ownerPositionId: vacant.id,
      agencyId: null,
      reviewCadenceDays: 10,
      dueDate: null,
    });
    const told = await db.notification.findMany({
      where: { link: `/issues/${id}`, kind: { in: ["issues.assigned", "issues.assignedVacant"] } },
      select: { userId: true, kind: true },
    });
    const { coordinatorUserIds } = await import("@/lib/regencies/coordinators");
    const coordinators = await coordinatorUserIds(db, pangandaran);
    expect(coordinators).toContain(coordinator.id);
    expect(told.every((n) => n.kind === "issues.assignedVacant")).toBe(true);
    expect(told.map((n) => n.userId).sort()).toEqual([...coordinators].sort());
  });
});
