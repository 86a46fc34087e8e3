import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One sweep leader among all server instances. The background sweeps (attention, mail outbox,
// message outbox, follower outbox, stored images; lib/notifications/sweep.ts,
// lib/issues/attention-sweep.ts, lib/files/image-sweep.ts) run only on the instance that holds
// the lease row "sweeps" of SweepLease. It is a row, not a
// session advisory lock, because DATABASE_URL may be PgBouncer in transaction mode, where a
// session lock would stay on whichever server connection ran it. Every renewal is one atomic
// statement on the database's clock: it takes the lease when it is free, expired or already
// ours, and returns nothing otherwise. A leader that dies stops renewing and another takes over
// once the lease expires; one that shuts down deletes the row, so the next renewal of another
// instance takes it at once. The sweeps stay idempotent anyway (claims with SKIP LOCKED, notify
// once), so an overlap after a long pause costs nothing but work.

export type LeaseDb = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type LeaseState = { name: string; holder: string; leader: boolean; since: Date | null };

export class Lease {
  readonly name: string;
  readonly holder: string;
  private readonly ttlMs: number;
  private readonly renewMs: number;
  private timer: NodeJS.Timeout | null = null;
  private attempt: Promise<boolean> | null = null;
  /** performance.now() until which we hold the lease (measured from before the renewal was sent). */
  private validUntil = 0;
  private since: Date | null = null;
  private failing = false;
  private released = false;

  constructor(
    private readonly db: LeaseDb,
    opts: { name?: string; holder?: string; ttlMs: number; renewMs: number; log?: (m: string) => void },
  ) {
    this.name = opts.name ?? "sweeps";
    this.holder = opts.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.ttlMs = opts.ttlMs;
    this.renewMs = Math.min(opts.renewMs, Math.floor(opts.ttlMs / 2)); // at least twice per lease
    this.log = opts.log ?? ((m) => console.log(`[sweeps] ${m}`));
  }

  private readonly log: (m: string) => void;

  /** Tries at once, then renews every renewMs until release(). */
  start(): this {
    if (this.timer || this.released) return this;
    void this.tryAcquire();
    this.timer = setInterval(() => void this.tryAcquire(), this.renewMs);
    this.timer.unref();
    return this;
  }

  /** True while this instance holds an unexpired lease (by its own clock, never longer than the database's). */
  isLeader(): boolean {
    return !this.released && this.validUntil > performance.now();
  }

  state(): LeaseState {
    const leader = this.isLeader();
    return { name: this.name, holder: this.holder, leader, since: leader ? this.since : null };
  }

  /** One take-or-renew; resolves whether we hold the lease now. Attempts never overlap. */
  tryAcquire(): Promise<boolean> {
    this.attempt ??= this.acquire().finally(() => {
      this.attempt = null;
    });
    return this.attempt;
  }

  private async acquire(): Promise<boolean> {
    if (this.released) return false;
    const sent = performance.now();
    const was = this.isLeader();
    try {
      const rows = await this.db.$queryRaw<{ acquiredAt: Date }[]>`
        INSERT INTO "SweepLease" (name, holder, "acquiredAt", "expiresAt")
        VALUES (${this.name}, ${this.holder}, clock_timestamp(), clock_timestamp() + ${this.ttlMs}::int * interval '1 millisecond')
        ON CONFLICT (name) DO UPDATE SET
          holder = EXCLUDED.holder,
          "expiresAt" = EXCLUDED."expiresAt",
          "acquiredAt" = CASE WHEN "SweepLease".holder = EXCLUDED.holder THEN "SweepLease"."acquiredAt" ELSE EXCLUDED."acquiredAt" END
        WHERE "SweepLease".holder = EXCLUDED.holder OR "SweepLease"."expiresAt" <= clock_timestamp()
        RETURNING "acquiredAt"`;
      if (this.failing) this.log(`lease ${this.name}: the database answers again`);
      this.failing = false;
      if (this.released) return false; // released while the statement ran: release() deletes it
      if (rows.length === 0) {
        this.validUntil = 0;
        this.since = null;
        if (was) this.log(`lease ${this.name}: another instance holds it now; this one stops sweeping`);
        return false;
      }
      this.validUntil = sent + this.ttlMs;
      this.since = rows[0].acquiredAt;
      if (!was) this.log(`lease ${this.name}: this instance (${this.holder}) leads the sweeps`);
      return true;
    } catch (e) {
      // no renewal: we keep leading only until the lease we had runs out
      if (!this.failing) this.log(`lease ${this.name}: renewal failed (${(e as Error).message}); retrying`);
      this.failing = true;
      return this.isLeader();
    }
  }

  /** Stops renewing without giving the lease back (what a crash does; for tests). */
  stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Shutdown: stops renewing and gives the lease back, so another instance takes it at its next renewal. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.stopRenewing();
    await this.attempt?.catch(() => {});
    this.validUntil = 0;
    this.since = null;
    await this.db.$executeRaw`DELETE FROM "SweepLease" WHERE name = ${this.name} AND holder = ${this.holder}`.catch(
      (e: unknown) => this.log(`lease ${this.name}: could not give it back (${(e as Error).message}); it expires`),
    );
  }
}

// The process's lease (instrumentation.ts starts it), on globalThis: scripts/lib/server.ts
// releases it on shutdown and the health route reads it, from other module graphs.
const g = globalThis as unknown as { __mekarSweepLeader?: Lease };

export function startSweepLeader(db: LeaseDb): Lease {
  const { MEKAR_SWEEP_LEASE_MS, MEKAR_SWEEP_RENEW_MS } = env();
  return (g.__mekarSweepLeader ??= new Lease(db, {
    ttlMs: MEKAR_SWEEP_LEASE_MS,
    renewMs: MEKAR_SWEEP_RENEW_MS,
  }).start());
}

/** Whether this process should sweep now: it leads, or no lease was started (a script, a test). */
export function sweepsMayRun(): boolean {
  return g.__mekarSweepLeader?.isLeader() ?? true;
}

/**
 * Runs `work` every `everyMs` (first after `firstAfterMs`, default one period) while this process
 * leads the sweeps, never two runs at once; a failed run is logged under `name` and the next one
 * tries again. The timers do not keep the process alive.
 */
export function everyOnLeader(
  name: string,
  everyMs: number,
  work: () => Promise<unknown>,
  firstAfterMs?: number,
): NodeJS.Timeout {
  let running = false;
  const run = () => {
    if (running || !sweepsMayRun()) return;
    running = true;
    work()
      .catch((e: unknown) =>
        console.error(`[${name}] sweep failed; next run in ${Math.round(everyMs / 1000)} s:`, (e as Error).message),
      )
      .finally(() => {
        running = false;
      });
  };
  if (firstAfterMs !== undefined) setTimeout(run, firstAfterMs).unref();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}

/** This process's part in the sweeps, for /api/health: null when it runs no sweeps. */
export function sweepLeaderState(): LeaseState | null {
  return g.__mekarSweepLeader?.state() ?? null;
}
