import { randomUUID } from "node:crypto";
import { sweepsMayRun } from "@/lib/sweeps/leader";

// The machinery every outbox of Mekar shares (notification emails in mail.ts, WhatsApp messages
// and digests in outbox.ts, followers' mail in lib/followers/outbox.ts):
//  1. claim a batch in one short committed statement (SKIP LOCKED, a claim id and a lease), so
//     several sweepers or instances never take the same row and no transaction is open while sending;
//  2. send each row outside any transaction, within a time budget (the rest is handed back);
//  3. settle it (only while the claim is still ours): sent, cancelled, or failed — counted, with a
//     growing back-off, given up after the last attempt.
// Each outbox keeps its own table and columns: it supplies claim, deliver, settle and handBack.

/** 10 attempts 1, 2, 4 … 120 minutes apart: about six hours of SMTP outage lose nothing. */
export const MAX_ATTEMPTS = 10;
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 2 * 3_600_000);
// One send gives up within about 50 s; a batch stops starting new sends after 60 s, so a claim of
// 5 minutes always outlasts its batch and a live sweeper never loses its claim.
export const BATCH_BUDGET_MS = 60_000;
export const LEASE_MS = 5 * 60_000;
/** The lease as an SQL interval literal, for the claim statements. */
export const LEASE_INTERVAL = `${LEASE_MS} milliseconds`;

export type Outcome = { sent: true } | { cancelled: string } | { sent: false; error: string };

/** After a failed attempt (`attempts` before it): given up, or the time of the next one. */
export function afterFailure(attempts: number, now = Date.now()): { failedAt: Date } | { nextAt: Date } {
  return attempts + 1 >= MAX_ATTEMPTS
    ? { failedAt: new Date(now) }
    : { nextAt: new Date(now + backoffMs(attempts + 1)) };
}

export function errorText(e: unknown): string {
  return String((e as Error)?.message ?? e).slice(0, 500);
}

/**
 * One sweep of an outbox: claims a batch, delivers each row (a throw is a failed attempt), settles
 * it; rows not started within the budget are handed back at once. Returns how many rows it claimed
 * (a full batch: sweep again).
 */
export async function sweepOutbox<R extends { id: string; attempts: number }>(o: {
  label: string;
  batch: number;
  claim: (claimId: string, batch: number) => Promise<R[]>;
  deliver: (row: R) => Promise<Outcome>;
  settle: (claimId: string, row: R, outcome: Outcome) => Promise<void>;
  handBack: (claimId: string, ids: string[]) => Promise<void>;
  describe?: (row: R) => string;
}): Promise<number> {
  const claimId = randomUUID();
  const rows = await o.claim(claimId, o.batch);
  const started = Date.now();
  for (const [i, r] of rows.entries()) {
    if (Date.now() - started > BATCH_BUDGET_MS) {
      // a slow server: hand the rest back to the next sweep at once
      await o.handBack(
        claimId,
        rows.slice(i).map((x) => x.id),
      );
      break;
    }
    let outcome: Outcome;
    try {
      outcome = await o.deliver(r);
    } catch (e) {
      const error = errorText(e);
      console.error(
        `[${o.label}] ${o.describe?.(r) ?? r.id} failed (attempt ${r.attempts + 1} of ${MAX_ATTEMPTS}): ${error}`,
      );
      outcome = { sent: false, error };
    }
    await o.settle(claimId, r, outcome);
  }
  return rows.length;
}

/**
 * Starts one process-wide sweeper: `drain` runs every `everyMs` unless the previous run is still
 * going or another instance leads the sweeps (lib/sweeps/leader.ts); a database outage is logged
 * once per outage. Returns the timer (unref'd).
 */
export function startSweeper(
  label: string,
  drain: () => Promise<void>,
  everyMs: number,
  mayRun: () => boolean = sweepsMayRun,
): NodeJS.Timeout {
  let running = false;
  let failing = false;
  const timer = setInterval(() => {
    if (running || !mayRun()) return;
    running = true;
    drain()
      .then(() => {
        failing = false;
      })
      .catch((e: unknown) => {
        if (!failing) console.error(`[${label}] sweep failed; retrying`, (e as Error).message);
        failing = true;
      })
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return timer;
}
