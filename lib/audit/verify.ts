import type { Db } from "@/lib/db";

export type ChainReport = { ok: true; count: number } | { ok: false; count: number; seq: string; id: string; reason: "hash" | "link" | "gap" };

/**
 * Recomputes every event's hash in SQL (the same function the insert trigger uses) and
 * checks each link to its predecessor. Names the first broken event.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const rows = await db.$queryRaw<{ id: bigint; seq: bigint; hash_ok: boolean; link_ok: boolean; gap: boolean; total: bigint }[]>`
    WITH chain AS (
      SELECT e.id, e.seq, e.hash = mekar_audit_hash(e) AS hash_ok,
             e."prevHash" IS NOT DISTINCT FROM lag(e.hash) OVER (ORDER BY e.seq) AS link_ok,
             e.seq <> coalesce(lag(e.seq) OVER (ORDER BY e.seq), 0) + 1 AS gap,
             count(*) OVER () AS total
      FROM "AuditEvent" e
    )
    SELECT * FROM chain WHERE NOT hash_ok OR NOT link_ok OR gap ORDER BY seq LIMIT 1`;
  const count = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEvent"`)[0].n);
  const bad = rows[0];
  if (!bad) return { ok: true, count };
  return { ok: false, count, seq: bad.seq.toString(), id: bad.id.toString(), reason: !bad.hash_ok ? "hash" : bad.gap ? "gap" : "link" };
}
