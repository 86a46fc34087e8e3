import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createPotential, linkPotentialIssue } from "./mutations";
import { linkPotentialFollowUp, unlinkPotentialFollowUp, unlinkPotentialIssue } from "./potential-links";
import { listPotentials } from "./queries";

// What works on a regional potential: its links to issues and follow-ups (audited, never across
// regencies), and the register's flag, decided in SQL, for potentials with no open issue and no
// open follow-up ("nothing works on it yet"), counted over the whole register.

let coordinator: Actor;
let facilitator: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [coordinator, facilitator, malaka] = await Promise.all([
    actorFor(DEMO.coordinator),
    actorFor(DEMO.facilitator),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

describe("the demo register", () => {
  it("seeds a register where most potentials are worked on and a few are flagged", async () => {
    const r = await listPotentials(coordinator, pangandaran);
    // other test files add potentials of their own: judge the seeded register only
    const marker = await db.systemSetting.findUniqueOrThrow({ where: { key: "demo.seededAt" } });
    const seeded = new Set(
      (
        await db.regionalPotential.findMany({
          where: { regencyId: pangandaran, createdAt: { lte: new Date(String(marker.value)) } },
          select: { id: true },
        })
      ).map((p) => p.id),
    );
    const rows = r.rows.filter((p) => seeded.has(p.id));
    const idle = rows.filter((p) => p.idle).length;
    expect(idle).toBeGreaterThan(0);
    expect(idle * 2).toBeLessThan(rows.length + 1);
    expect(r.rows.some((p) => p.workshop !== null)).toBe(true);
  });
});

describe("what works on a potential", () => {
  it("flags, in SQL, the potentials with no open issue and no open follow-up; links are audited and refused across regencies", async () => {
    const p = await createPotential(coordinator, {
      idempotencyKey: crypto.randomUUID(),
      regencyId: pangandaran,
      sector: "Pariwisata",
      title: `Desa wisata Sukaresik ${Date.now()}`,
      description: "",
      evidence: null,
      estimatedValue: null,
    });
    const flagged = async () => {
      const r = await listPotentials(coordinator, pangandaran, "idle");
      return { idle: r.rows.some((row) => row.id === p.id), count: r.idleCount };
    };
    const before = await flagged();
    expect(before.idle).toBe(true);

    // an open issue works on it
    const open = await db.issue.findFirstOrThrow({
      where: { regencyId: pangandaran, triage: "accepted", stage: { not: "closed" } },
    });
    const seq = await lastAuditSeq();
    await linkPotentialIssue(coordinator, { potentialId: p.id, issueId: open.id });
    expect(await flagged()).toEqual({ idle: false, count: before.count - 1 });
    await unlinkPotentialIssue(coordinator, { potentialId: p.id, issueId: open.id });
    await unlinkPotentialIssue(coordinator, { potentialId: p.id, issueId: open.id }); // nothing left: no row
    expect((await flagged()).idle).toBe(true);

    // a closed issue does not; an open follow-up does, a finished one not
    const closed = await db.issue.findFirstOrThrow({ where: { regencyId: pangandaran, stage: "closed" } });
    await linkPotentialIssue(coordinator, { potentialId: p.id, issueId: closed.id });
    expect((await flagged()).idle).toBe(true);
    const f = await db.followUp.findFirstOrThrow({
      where: { regencyId: pangandaran, status: { in: ["planned", "in_progress"] } },
    });
    await linkPotentialFollowUp(coordinator, { potentialId: p.id, followUpId: f.id });
    await linkPotentialFollowUp(coordinator, { potentialId: p.id, followUpId: f.id }); // twice: one link
    expect((await flagged()).idle).toBe(false);
    const row = (await listPotentials(coordinator, pangandaran)).rows.find((r) => r.id === p.id)!;
    expect(row.idle).toBe(false);
    expect(row.followUpLinks.map((l) => [l.followUp.id, l.followUp.status])).toEqual([[f.id, f.status]]);
    expect(row.issueLinks.map((l) => l.issue.stage)).toEqual(["closed"]);
    await db.followUp.update({ where: { id: f.id }, data: { status: "done" } });
    expect((await flagged()).idle).toBe(true);
    await db.followUp.update({ where: { id: f.id }, data: { status: f.status } });
    await unlinkPotentialFollowUp(coordinator, { potentialId: p.id, followUpId: f.id });

    expect((await auditSince(seq)).map((e) => e.action)).toEqual([
      "regional_potential.issue_linked",
      "regional_potential.issue_unlinked",
      "regional_potential.issue_linked",
      "regional_potential.follow_up_linked",
      "regional_potential.follow_up_unlinked",
    ]);

    // another regency's follow-up is never linked; another regency's coordinator never reaches it
    const mf = await db.followUp.findFirstOrThrow({ where: { regencyId: await regencyId("malaka") } });
    await expect(linkPotentialFollowUp(coordinator, { potentialId: p.id, followUpId: mf.id })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(linkPotentialFollowUp(malaka, { potentialId: p.id, followUpId: mf.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(linkPotentialFollowUp(facilitator, { potentialId: p.id, followUpId: f.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
