// The app's data layer through PgBouncer in transaction mode (what a national deployment puts in
// front of Postgres): DATABASE_URL is the pooler, DIRECT_DATABASE_URL the database itself. Every
// module below is loaded after the switch, so lib/db, the mutations and the live hub connect as
// they would in that deployment. The pooler has 3 server connections for the Prisma pool's 20.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgBouncer } from "@/tests/helpers/pgbouncer";

const direct = process.env.DATABASE_URL!;
const bouncer = await startPgBouncer([direct], { poolSize: 3 });
process.env.DIRECT_DATABASE_URL = direct;
process.env.DATABASE_URL = bouncer.pooled(direct);

const { db } = await import("@/lib/db");
const { AppError } = await import("@/lib/errors");
const { createIssue, updateIssue } = await import("@/lib/issues/mutations");
const { liveHub } = await import("@/lib/live/hub");
const { publishLive } = await import("@/lib/live/publish");
const { Lease } = await import("@/lib/sweeps/leader");
const { actorFor, DEMO, regencyId } = await import("@/tests/helpers/actors");

let coordinator: Awaited<ReturnType<typeof actorFor>>;
let pangandaran: string;

beforeAll(async () => {
  coordinator = await actorFor(DEMO.coordinator);
  pangandaran = await regencyId("pangandaran");
});

afterAll(async () => {
  await liveHub().stop();
  delete (globalThis as { __mekarLiveHub?: unknown }).__mekarLiveHub;
  await db.$disconnect();
  await bouncer.stop();
  process.env.DATABASE_URL = direct;
  delete process.env.DIRECT_DATABASE_URL;
});

const newIssue = (title: string) =>
  createIssue(coordinator, {
    idempotencyKey: randomUUID(),
    regencyId: pangandaran,
    title,
    description: "",
    category: "governance",
    impact: 2,
    urgency: 3,
  });

describe("the data layer through PgBouncer in transaction mode", () => {
  it("really goes through the pooler", async () => {
    expect(new URL(process.env.DATABASE_URL!).port).toBe(String(bouncer.port));
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`;
    expect(n).toBe(1);
  });

  it("runs many interactive transactions at once, each on one server connection from start to end", async () => {
    const pids = await Promise.all(
      Array.from({ length: 12 }, () =>
        db.$transaction(async (tx) => {
          const [a] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await tx.$executeRaw`SELECT pg_sleep(0.02)`;
          const [b] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          return [a.pid, b.pid];
        }),
      ),
    );
    for (const [a, b] of pids) expect(b).toBe(a);
    // twelve clients' transactions took turns on the pooler's few server connections
    expect(new Set(pids.map(([a]) => a)).size).toBeLessThanOrEqual(bouncer.poolSize);
  });

  it("leaves no named prepared statement on the server connections (Prisma's pg adapter sends unnamed ones)", async () => {
    // the same statement again and again, from many clients: a named statement would collide
    await Promise.all(Array.from({ length: 30 }, (_, i) => db.$queryRaw`SELECT ${i}::int AS i`));
    const counts = await Promise.all(
      Array.from({ length: 6 }, () =>
        db.$transaction(
          async (tx) =>
            (await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_prepared_statements`)[0].n,
        ),
      ),
    );
    expect(counts).toEqual(counts.map(() => 0));
  });

  it("numbers issues taken in at once without gaps or twins (the intake's advisory transaction lock)", async () => {
    const tag = randomUUID().slice(0, 8);
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, i) => newIssue(`Isu lewat PgBouncer ${tag} nomor ${i + 1}`)),
    );
    const numbers = created.map((c) => c.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers[5] - numbers[0]).toBe(5);
  });

  it("keeps a versioned edit honest: the second save with the same version is a conflict", async () => {
    const { id } = await newIssue(`Isu berversi lewat PgBouncer ${randomUUID().slice(0, 8)}`);
    const issue = await db.issue.findUniqueOrThrow({ where: { id } });
    const edit = (title: string) =>
      updateIssue(coordinator, {
        issueId: id,
        version: issue.version,
        title,
        description: "",
        category: "governance",
        lifecycle: "current",
        impact: 2,
        urgency: 3,
        agencyId: null,
        ownerPositionId: null,
        supportingPositionIds: [],
        dueDate: null,
        reviewCadenceDays: 14,
        programs: [],
        tags: [],
        isPublic: false,
      });
    await edit(`${issue.title} (pertama)`);
    const second = await edit(`${issue.title} (kedua)`).then(
      () => "OK",
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
    expect(second).toBe("CONFLICT");
    const after = await db.issue.findUniqueOrThrow({ where: { id } });
    expect([after.title, after.version]).toEqual([`${issue.title} (pertama)`, issue.version + 1]);
  });

  it("passes raw query parameters of every kind through", async () => {
    const id = randomUUID();
    const at = new Date("2026-12-05T01:02:03.456Z");
    const [row] = await db.$queryRaw<{ id: string; at: Date; tags: string[]; big: bigint; doc: unknown }[]>`
      SELECT ${id}::uuid AS id, ${at}::timestamptz AS at, ${["a", "b"]}::text[] AS tags,
             ${9007199254740993n}::bigint AS big, ${JSON.stringify({ x: [1, "dua"] })}::jsonb AS doc`;
    expect(row).toEqual({ id, at, tags: ["a", "b"], big: 9007199254740993n, doc: { x: [1, "dua"] } });
  });

  it("delivers live messages to the hub LISTENing on the direct URL, published through the pooler", async () => {
    const hub = liveHub();
    expect((hub as unknown as { url: string }).url).toBe(direct); // LISTEN needs a session of its own
    await hub.ready();
    const topic = randomUUID();
    const got = new Promise<string>((resolve) => {
      const off = hub.subscribe(topic, (d) => {
        off();
        resolve(d);
      });
    });
    await db.$transaction(async (tx) => publishLive(tx, topic, "7:6"));
    expect(await got).toBe("7:6");
  });

  it("sends the tools (migrations, backup, restore) straight to Postgres, never through the pooler", async () => {
    const { resolveDatabase } = await import("@/scripts/lib/runtime-env");
    const owner = process.env.DATABASE_OWNER_URL;
    try {
      delete process.env.DATABASE_OWNER_URL; // one role: the direct URL serves the tools
      expect((await resolveDatabase(() => {})).url).toBe(direct);
      process.env.DATABASE_OWNER_URL = owner;
      expect((await resolveDatabase(() => {})).url).toBe(owner);
      expect((await resolveDatabase(() => {})).appUrl).toBe(process.env.DATABASE_URL);
    } finally {
      process.env.DATABASE_OWNER_URL = owner;
    }
  });

  it("gives the sweep lease to exactly one of two instances", async () => {
    const name = `test-${randomUUID()}`;
    const a = new Lease(db, { name, holder: "a", ttlMs: 60_000, renewMs: 30_000, log: () => {} });
    const b = new Lease(db, { name, holder: "b", ttlMs: 60_000, renewMs: 30_000, log: () => {} });
    try {
      const won = await Promise.all([a.tryAcquire(), b.tryAcquire(), a.tryAcquire(), b.tryAcquire()]);
      expect([won[0] || won[2], won[1] || won[3]].filter(Boolean)).toHaveLength(1);
      await a.release();
      expect(await b.tryAcquire()).toBe(true);
    } finally {
      await a.release();
      await b.release();
    }
  });
});
