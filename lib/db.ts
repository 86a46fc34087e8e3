import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Pool and transaction limits (lib/env.ts). 20 connections per process: a write transaction
 * holds one for a few milliseconds, so 20 serve hundreds of concurrent writers, and two
 * instances plus tools stay well under Postgres' 100. A transaction waits up to
 * DATABASE_TX_WAIT_MS (5 s) in the pool's queue instead of Prisma's 2 s, so a burst queues
 * rather than fails; one that still cannot start is answered "Mekar sedang sibuk" (isBusyError).
 * DATABASE_TX_TIMEOUT_MS (15 s) ends a transaction that runs away while holding its locks.
 */
export function createDb(url: string): PrismaClient {
  const { DATABASE_POOL_SIZE, DATABASE_TX_WAIT_MS, DATABASE_TX_TIMEOUT_MS } = env();
  return new PrismaClient({
    // idle connections are kept 5 minutes (pg's default is 10 s): opening one (password
    // handshake) is what a loaded machine does slowest, so a burst reuses the last burst's
    adapter: new PrismaPg({
      connectionString: url,
      max: DATABASE_POOL_SIZE,
      connectionTimeoutMillis: DATABASE_TX_WAIT_MS,
      idleTimeoutMillis: 300_000,
    }),
    transactionOptions: { maxWait: DATABASE_TX_WAIT_MS, timeout: DATABASE_TX_TIMEOUT_MS },
  });
}

// Prisma: P2028 a transaction could not start in time (or expired), P2034 write conflict or
// deadlock, P2024 no pool connection in time, P1008 operation timed out. Postgres (through the
// driver adapter): serialization failure, deadlock, lock not available, query cancelled.
const BUSY_PRISMA = new Set(["P2028", "P2034", "P2024", "P1008"]);
const BUSY_PG = new Set(["40001", "40P01", "55P03", "57014"]);

/** True for a failure caused by load or a lost race, not by the request: the user may simply try again. */
export function isBusyError(e: unknown): boolean {
  for (
    let cur: unknown = e, depth = 0;
    cur && typeof cur === "object" && depth < 5;
    cur = (cur as { cause?: unknown }).cause, depth++
  ) {
    const { code, message, originalCode } = cur as { code?: unknown; message?: unknown; originalCode?: unknown };
    if (typeof code === "string" && (BUSY_PRISMA.has(code) || BUSY_PG.has(code))) return true;
    if (typeof originalCode === "string" && BUSY_PG.has(originalCode)) return true;
    if (
      typeof message === "string" &&
      /timeout exceeded when trying to connect|connection timeout|Unable to start a transaction/i.test(message)
    )
      return true;
  }
  return false;
}

// One client per process (kept on globalThis so dev reloads do not open new pools), for the URL
// it was made for: scripts/start.ts seeds as the owner in the same process before the app starts
// with its own role, and the app must never inherit the owner's client.
const g = globalThis as unknown as { __mekarDb?: { url: string; client: PrismaClient } };
const url = env().DATABASE_URL;
if (g.__mekarDb?.url !== url) g.__mekarDb = { url, client: createDb(url) };
export const db: PrismaClient = g.__mekarDb.client;
