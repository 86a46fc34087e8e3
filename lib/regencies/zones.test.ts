import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { attentionOf, isOverdue } from "@/lib/issues/attention";
import { syncAttentionNotifications } from "@/lib/issues/attention-notify";
import { queryIssueList } from "@/lib/issues/list-sql";
import { nextDigestAt } from "@/lib/notifications/channels";
import { compose } from "@/lib/notifications/mail";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { updateRegencyProfile } from "./mutations";

// Issue 14: every regency counts and shows time on its own clock. Malaka (NTT) is WITA (UTC+8),
// Kabupaten Jayapura (Papua) WIT (UTC+9), Pangandaran WIB (UTC+7).

let malaka: string;
let jayapura: string;

beforeAll(async () => {
  [malaka, jayapura] = await Promise.all(["malaka", "jayapura"].map(regencyId));
});

/** An accepted, open issue straight in the database (the list and the sweep read only these fields). */
async function acceptedIssue(
  regency: string,
  data: { dueDate?: Date; lastOwnerUpdateAt?: Date; reviewCadenceDays?: number } = {},
) {
  const title = `Uji zona waktu ${randomUUID()}`;
  const last = await db.issue.findFirst({ where: { regencyId: regency }, orderBy: { number: "desc" } });
  return db.issue.create({
    data: {
      regencyId: regency,
      number: (last?.number ?? 0) + 1,
      title,
      category: "governance",
      triage: "accepted",
      stage: "action",
      acceptedAt: new Date("2026-10-01T00:00:00Z"),
      ...data,
    },
  });
}

const ids = async (regency: string, title: string, f: { overdue?: "1"; stale?: "1"; escalated?: "1" }, now: Date) =>
  (await queryIssueList(db, regency, { q: title, ...f }, now)).rows.map((r) => r.id);

describe("due dates on the regency's calendar", () => {
  it("an issue due 4 December in Papua is overdue from 00.00 WIT on the 5th (15.00 UTC), not later", async () => {
    const issue = await acceptedIssue(jayapura, { dueDate: new Date("2026-12-04T00:00:00Z") });
    const before = new Date("2026-12-04T14:59:59Z"); // 23.59.59 WIT on the 4th
    const after = new Date("2026-12-04T15:00:00Z"); // 00.00 WIT on the 5th (still the 4th in WIB and UTC)
    expect(isOverdue(issue, before, "Asia/Jayapura")).toBe(false);
    expect(isOverdue(issue, after, "Asia/Jayapura")).toBe(true);
    expect(await ids(jayapura, issue.title, { overdue: "1" }, before)).toEqual([]);
    expect(await ids(jayapura, issue.title, { overdue: "1" }, after)).toEqual([issue.id]);
  });

  it("an issue due 4 December in Malaka is overdue from 00.00 WITA on the 5th (16.00 UTC)", async () => {
    const issue = await acceptedIssue(malaka, { dueDate: new Date("2026-12-04T00:00:00Z") });
    const before = new Date("2026-12-04T15:59:59Z");
    const after = new Date("2026-12-04T16:00:00Z");
    expect(isOverdue(issue, before, "Asia/Makassar")).toBe(false);
    expect(isOverdue(issue, after, "Asia/Makassar")).toBe(true);
    expect(await ids(malaka, issue.title, { overdue: "1" }, before)).toEqual([]);
    expect(await ids(malaka, issue.title, { overdue: "1" }, after)).toEqual([issue.id]);
  });
});

describe("review cadence and escalation in the regency's calendar days", () => {
  it("Papua: an update at 00.30 WIT counts from that WIT day; stale and escalated at 00.00 WIT", async () => {
    // 00.30 WIT on 2 November = 22.30 WIB on 1 November: the day is the 2nd in Papua
    const issue = await acceptedIssue(jayapura, {
      lastOwnerUpdateAt: new Date("2026-11-01T15:30:00Z"),
      reviewCadenceDays: 7,
    });
    const a = attentionOf(issue, new Date("2026-11-05T00:00:00Z"), "Asia/Jayapura");
    expect(a.staleAt.toISOString()).toBe("2026-11-09T15:00:00.000Z"); // 00.00 WIT on 10 November
    expect(a.escalateAt.toISOString()).toBe("2026-11-16T15:00:00.000Z"); // 00.00 WIT on 17 November
    for (const [at, state] of [
      ["2026-11-09T14:59:59Z", "ok"],
      ["2026-11-09T15:00:00Z", "stale"],
      ["2026-11-16T14:59:59Z", "stale"],
      ["2026-11-16T15:00:00Z", "escalated"],
    ] as const) {
      const now = new Date(at);
      expect(attentionOf(issue, now, "Asia/Jayapura").state).toBe(state);
      expect(await ids(jayapura, issue.title, { stale: "1" }, now)).toEqual(state === "ok" ? [] : [issue.id]);
      expect(await ids(jayapura, issue.title, { escalated: "1" }, now)).toEqual(
        state === "escalated" ? [issue.id] : [],
      );
    }
  });

  it("Malaka: stale from 00.00 WITA; the notification counts WITA calendar days", async () => {
    const issue = await acceptedIssue(malaka, {
      lastOwnerUpdateAt: new Date("2026-11-01T16:30:00Z"), // 00.30 WITA on 2 November
      reviewCadenceDays: 5,
    });
    expect(await ids(malaka, issue.title, { stale: "1" }, new Date("2026-11-07T15:59:59Z"))).toEqual([]);
    const now = new Date("2026-11-07T16:00:00Z"); // 00.00 WITA on 8 November
    expect(await ids(malaka, issue.title, { stale: "1" }, now)).toEqual([issue.id]);
    await syncAttentionNotifications(db, malaka, now);
    const n = await db.notification.findFirstOrThrow({ where: { kind: "issues.stale", link: `/issues/${issue.id}` } });
    // Malaka's coordinators hear of it: six days after the 2nd on Malaka's calendar
    expect(n.params).toMatchObject({ days: 6 });
  });
});

describe("notification mail and digests on the regency's clock", () => {
  const t = createTranslator(loadMessages("id"));
  const mail = (timeZone: string | null) =>
    compose(t, {
      kind: "issues.mentioned",
      params: { number: 7, title: "Jalan rusak", by: "Rina" },
      link: "/issues/x",
      email: "a@contoh.go.id",
      name: "Ani",
      createdAt: new Date("2026-12-04T01:30:00Z"),
      timeZone,
    }).text;

  it("states the time of the notification with the regency's zone label", () => {
    expect(mail("Asia/Makassar")).toContain("Waktu: 4 Des 2026, 09.30 WITA");
    expect(mail("Asia/Jayapura")).toContain("Waktu: 4 Des 2026, 10.30 WIT");
    expect(mail("Asia/Jakarta")).toContain("Waktu: 4 Des 2026, 08.30 WIB");
  });

  it("sends a 07.30 digest at 07.30 on the regency's clock", () => {
    const now = new Date("2026-12-03T20:00:00Z");
    expect(nextDigestAt(450, now, "Asia/Makassar").toISOString()).toBe("2026-12-03T23:30:00.000Z");
    expect(nextDigestAt(450, now, "Asia/Jayapura").toISOString()).toBe("2026-12-03T22:30:00.000Z");
    expect(nextDigestAt(450, now, "Asia/Jakarta").toISOString()).toBe("2026-12-04T00:30:00.000Z");
  });
});

describe("the regency's zone", () => {
  it("is set by an admin on the profile form (versioned, audited), never by a coordinator", async () => {
    const [admin, coordinator] = await Promise.all([DEMO.admin, DEMO.malakaCoordinator].map(actorFor));
    const r = await db.regency.findUniqueOrThrow({ where: { id: malaka } });
    expect(r.timeZone).toBe("Asia/Makassar"); // from its province (53, NTT)
    const input = {
      regencyId: malaka,
      version: r.version,
      status: r.status,
      capital: r.capital,
      formationLaw: r.formationLaw,
      formationDate: r.formationDate,
      areaKm2: r.areaKm2,
      population: r.population,
      districts: r.districts,
      figuresAsOf: r.figuresAsOf,
      figuresSource: r.figuresSource,
      address: r.address,
      phone: r.phone,
      email: r.email,
      website: r.website,
    };
    await expect(
      updateRegencyProfile(coordinator, { ...input, timeZone: "Asia/Jakarta" as const }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seq = await lastAuditSeq();
    await updateRegencyProfile(admin, { ...input, timeZone: "Asia/Jayapura" as const });
    expect((await auditSince(seq))[0]).toMatchObject({
      action: "regency.updated",
      changes: { timeZone: ["Asia/Makassar", "Asia/Jayapura"] },
    });
    // back to the province's zone; a coordinator's save without the field leaves it alone
    await updateRegencyProfile(admin, { ...input, version: r.version + 1, timeZone: "Asia/Makassar" as const });
    await updateRegencyProfile(coordinator, { ...input, version: r.version + 2 });
    expect((await db.regency.findUniqueOrThrow({ where: { id: malaka } })).timeZone).toBe("Asia/Makassar");
  });
});

describe("the stored zone", () => {
  it("is one of the three: the database refuses any other text, whatever path writes it", async () => {
    const malaka = await regencyId("malaka");
    await expect(db.regency.update({ where: { id: malaka }, data: { timeZone: "Asia/Singapore" } })).rejects.toThrow(
      /Regency_timeZone_check|check constraint/i,
    );
    expect((await db.regency.findUniqueOrThrow({ where: { id: malaka } })).timeZone).toBe("Asia/Makassar");
  });
});
