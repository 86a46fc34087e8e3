// The audit trail as an Inspektorat auditor reads it: a sentence for every action, the forms'
// labels for changed fields, values as the screens show them, and filters that stay inside the
// auditor's regencies and count days in the regency's calendar.
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator, lookup, type Translate } from "@/lib/i18n/translate";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { AUDIT_ACTION_RECORD, AUDIT_RECORD_TYPES, KNOWN_AUDIT_ACTIONS } from "./catalog";
import { fieldLabel, LABELLED_FIELDS } from "./labels";
import { presentAuditEvent } from "./present";
import { listAuditEvents, listAuditPeople } from "./queries";
import { recordAudit } from "./record";
import { auditFilterSchema } from "./schemas";
import { verifyAuditChain } from "./verify";

const dir = path.join(process.cwd(), "messages");
const messages = { id: loadMessages("id", dir), en: loadMessages("en", dir) };
const t: Translate = createTranslator(messages.id);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe("every audit action reads as a sentence", () => {
  it("has a sentence naming the actor and the record in Indonesian and English", () => {
    expect(KNOWN_AUDIT_ACTIONS.length).toBeGreaterThan(100);
    for (const action of KNOWN_AUDIT_ACTIONS) {
      for (const [lang, m] of Object.entries(messages)) {
        const text = lookup(m, `audit.actions.${action}`);
        expect(text, `${lang}: audit.actions.${action}`).toBeTruthy();
        expect(text, `${lang}: ${action}`).toContain("{actor}");
        expect(text, `${lang}: ${action}`).toContain("{record}");
      }
    }
  });

  it("every action written in the code is in the catalog (the union and the table agree)", () => {
    // AUDIT_ACTION_RECORD is typed over the union: a missing action fails the type-check; here
    // the other way round: nothing in the table that the union does not name, and every record
    // type it names can be filtered by and has a label
    for (const [action, type] of Object.entries(AUDIT_ACTION_RECORD)) {
      expect(AUDIT_RECORD_TYPES, action).toContain(type);
    }
    for (const type of AUDIT_RECORD_TYPES) {
      for (const [lang, m] of Object.entries(messages))
        expect(lookup(m, `audit.recordTypes.${type}`), `${lang}: ${type}`).toBeTruthy();
    }
  });

  it("names changed fields with their forms' labels, and never as code", () => {
    for (const [type, fields] of Object.entries(LABELLED_FIELDS)) {
      for (const field of fields) {
        for (const m of Object.values(messages)) {
          const label = fieldLabel(createTranslator(m), type, field);
          expect(label, `${type}.${field}`).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // not a message key
          expect(label, `${type}.${field}`).not.toBe(field);
        }
      }
    }
    expect(fieldLabel(t, "issue", "lastOwnerUpdateAt")).toBe("Pembaruan terakhir penanggung jawab");
    expect(fieldLabel(t, "issue", "stage")).toBe("Tahap");
    expect(fieldLabel(t, "iso_nonconformity", "rootCause")).toBe(t("iso.nc.rootCause"));
    // fields no form asks for carry the audit log's own label
    expect(fieldLabel(t, "user", "sessions")).toBe("Sesi aktif");
    expect(fieldLabel(t, "issue", "updateId")).toBe("Pembaruan");
  });
});

describe("the demo trail", () => {
  it("starts with the seeded timeline: Pangandaran's issues read as sentences by their authors", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const page = await listAuditEvents(coordinator, auditFilterSchema.parse({ type: "issue" }));
    const ctx = { t, locale: "id" as const, isAdmin: false, values: page!.values };
    const texts = page!.events.map((e) => presentAuditEvent(ctx, e).text);
    expect(texts.some((x) => /menambahkan pembaruan pada ISU-\d+ «/.test(x))).toBe(true);
    expect(texts.some((x) => /ISU-\d+ «/.test(x) && !UUID.test(x))).toBe(true);
  });
});

describe("the trail of a record", () => {
  let pangandaran: string;
  let malaka: string;
  beforeAll(async () => {
    [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
  });

  it("reads an issue's update as a sentence with its number and title, labelled fields and no ids", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const issue = await db.issue.findFirstOrThrow({
      where: { regencyId: pangandaran, triage: "accepted" },
      select: { id: true, number: true, title: true },
    });
    // what addIssueUpdate writes (lib/issues/mutations.ts): the update row and its audit event
    const update = await db.issueUpdate.create({
      data: {
        issueId: issue.id,
        kind: "note",
        body: "Survei lapangan selesai.",
        authorId: coordinator.id,
        authorName: coordinator.name,
      },
    });
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        coordinator,
        "issue.update_added",
        { type: "issue", id: issue.id, regencyId: pangandaran },
        { updateId: [null, update.id], percentDone: [10, 40] },
      ),
    );
    const position = await db.position.findFirstOrThrow({
      where: { regencyId: pangandaran },
      select: { id: true, title: true },
    });
    const malakaPosition = await db.position.findFirstOrThrow({
      where: { regencyId: malaka },
      select: { id: true, title: true },
    });
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        coordinator,
        "issue.updated",
        { type: "issue", id: issue.id, regencyId: pangandaran },
        {
          stage: ["analysis", "action"],
          ownerPositionId: [malakaPosition.id, position.id],
          dueDate: [null, "2026-12-31T00:00:00.000Z"],
          lastOwnerUpdateAt: ["2026-12-03T01:30:00.000Z", null],
        },
      ),
    );
    const page = await listAuditEvents(coordinator, auditFilterSchema.parse({ record: issue.id }));
    const ctx = { t, locale: "id" as const, isAdmin: false, values: page!.values };
    const [edited, updated] = page!.events.map((e) => presentAuditEvent(ctx, e));

    const quoted = `ISU-${issue.number} «${issue.title.length > 80 ? issue.title.slice(0, 79) : issue.title}`;
    expect(updated.text).toContain(`${coordinator.name} menambahkan pembaruan pada ${quoted}`);
    expect(updated.recordHref).toBe(`/issues/${issue.id}`);
    expect(updated.changes).toContainEqual({ field: "Kemajuan (%)", from: "10", to: "40" });
    expect(updated.changes).toContainEqual({ field: "Pembaruan", from: null, to: "Survei lapangan selesai." });
    expect(updated.when).toMatch(/WIB$/);

    expect(edited.text).toContain(`${coordinator.name} mengubah isu ${quoted}`);
    // (stored as jsonb: the fields come back in the database's order)
    expect(edited.changes).toHaveLength(4);
    expect(edited.changes).toEqual(
      expect.arrayContaining([
        { field: "Tahap", from: "Analisis", to: "Aksi" },
        // a Malaka position in a Pangandaran event is not named
        { field: "Jabatan penanggung jawab", from: "(rekaman lain)", to: position.title },
        { field: "Tenggat", from: null, to: expect.stringMatching(/31 Des 2026/) },
        { field: "Pembaruan terakhir penanggung jawab", from: "3 Des 2026, 08.30 WIB", to: "kosong" },
      ]),
    );
    for (const e of [edited, updated]) expect(`${e.text} ${JSON.stringify(e.changes)}`).not.toMatch(UUID);
  });

  it("says so when the record is gone", async () => {
    const admin = await actorFor(DEMO.admin);
    const gone = randomUUID();
    await db.$transaction((tx) =>
      recordAudit(tx, admin, "iso_risk.updated", { type: "iso_risk", id: gone, regencyId: pangandaran }, {}),
    );
    const page = await listAuditEvents(admin, auditFilterSchema.parse({ record: gone }));
    const view = presentAuditEvent({ t, locale: "id", isAdmin: true, values: page!.values }, page!.events[0]);
    expect(view.text).toBe(`${admin.name} mengubah risiko/peluang (rekaman sudah dihapus)`);
    expect(view.recordHref).toBeNull();
  });
});

describe("filters stay inside the auditor's regencies", () => {
  it("a coordinator of Pangandaran never sees Malaka's events, by any filter", async () => {
    const [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
    const malakaCoordinator = await actorFor(DEMO.malakaCoordinator);
    const coordinator = await actorFor(DEMO.coordinator);
    const malakaIssue = await db.issue.findFirstOrThrow({ where: { regencyId: malaka }, select: { id: true } });
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        malakaCoordinator,
        "issue.updated",
        { type: "issue", id: malakaIssue.id, regencyId: malaka },
        {
          title: ["a", "b"],
        },
      ),
    );
    for (const raw of [
      { record: malakaIssue.id },
      { regencyId: malaka },
      { person: malakaCoordinator.id },
      { type: "issue" },
      {},
    ]) {
      const page = await listAuditEvents(coordinator, auditFilterSchema.parse(raw));
      expect(
        page!.events.every((e) => e.regencyId === pangandaran),
        JSON.stringify(raw),
      ).toBe(true);
    }
    expect((await listAuditPeople(coordinator))!.map((p) => p.id)).not.toContain(malakaCoordinator.id);
    const malakaView = await listAuditEvents(malakaCoordinator, auditFilterSchema.parse({ record: malakaIssue.id }));
    expect(malakaView!.events.length).toBeGreaterThan(0);
    expect(await listAuditEvents(await actorFor(DEMO.official), auditFilterSchema.parse({}))).toBeNull();
  });
});

describe("date range in the regency's calendar", () => {
  /** Moves events' times (as the owner, the seal switched off for the test) and puts them back after. */
  async function withEventsAt<T>(moves: [bigint, string][], fn: () => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL! });
    await c.connect();
    const seqs = moves.map(([seq]) => seq.toString());
    const { rows } = await c.query(
      `SELECT seq::text, "occurredAt"::text AS at FROM "AuditEvent" WHERE seq = ANY($1::bigint[])`,
      [seqs],
    );
    await c.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_change`);
    try {
      for (const [seq, at] of moves)
        await c.query(`UPDATE "AuditEvent" SET "occurredAt" = $2 WHERE seq = $1`, [seq.toString(), at]);
      return await fn();
    } finally {
      for (const r of rows)
        await c.query(`UPDATE "AuditEvent" SET "occurredAt" = $2::timestamptz WHERE seq = $1`, [r.seq, r.at]);
      await c.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_change`);
      await c.end();
    }
  }

  it("counts an event at 01.30 WITA on 4 December in Malaka's 4 December, and 23.30 WIB on 3 December in Pangandaran's 3rd", async () => {
    const admin = await actorFor(DEMO.admin);
    const [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
    const record = `range-${Date.now()}`;
    await db.$transaction(async (tx) => {
      await recordAudit(tx, admin, "test.range", { type: "test", id: record, regencyId: malaka });
      await recordAudit(tx, admin, "test.range", { type: "test", id: record, regencyId: pangandaran });
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: record },
      select: { seq: true, regencyId: true },
    });
    const seqOf = (r: string) => events.find((e) => e.regencyId === r)!.seq;
    const regencies = (raw: Record<string, string>) =>
      listAuditEvents(admin, auditFilterSchema.parse({ record, ...raw })).then((p) =>
        p!.events.map((e) => (e.regencyId === malaka ? "malaka" : "pangandaran")).sort(),
      );
    // 2026-12-03 17:30 UTC = 4 Dec 01.30 WITA; 2026-12-03 16:30 UTC = 3 Dec 23.30 WIB
    await withEventsAt(
      [
        [seqOf(malaka), "2026-12-03T17:30:00Z"],
        [seqOf(pangandaran), "2026-12-03T16:30:00Z"],
      ],
      async () => {
        expect(await regencies({ from: "2026-12-03", to: "2026-12-03" })).toEqual(["pangandaran"]);
        expect(await regencies({ from: "2026-12-04", to: "2026-12-04" })).toEqual(["malaka"]);
        expect(await regencies({ to: "2026-12-03" })).toEqual(["pangandaran"]);
        expect(await regencies({ from: "2026-12-04" })).toEqual(["malaka"]);
        expect(await regencies({ from: "2026-12-03", to: "2026-12-04" })).toEqual(["malaka", "pangandaran"]);
        // a reversed range is ignored rather than matching nothing
        expect(await regencies({ from: "2026-12-05", to: "2026-12-01" })).toEqual(["malaka", "pangandaran"]);
      },
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("drops a malformed filter value instead of failing the page", () => {
    expect(auditFilterSchema.parse({ before: "99999999999999999999", record: "a\u0000b" })).toMatchObject({
      before: undefined,
      record: undefined,
    });
    expect(
      auditFilterSchema.parse({ from: "2026-02-31", to: "x", person: "nobody", type: "nope", record: "" }),
    ).toEqual({
      from: undefined,
      to: undefined,
      person: undefined,
      type: undefined,
      record: undefined,
      regencyId: undefined,
      before: undefined,
    });
  });
});
