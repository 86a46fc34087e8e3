import type { Db } from "@/lib/db";

export type ChainBreak = { seq: string; id: string; reason: "hash" | "link" | "gap" };
/** One chain: a regency's id, "system" (events without a regency) or "legacy" (before chains per regency). */
export type ChainResult = { chain: string; count: number; broken: ChainBreak | null };
export type ChainReport =
  | { ok: true; count: number; chains: ChainResult[] }
  | ({ ok: false; count: number; chains: ChainResult[]; chain: string } & ChainBreak);

/**
 * Recomputes every event's hash in SQL (the same functions the insert trigger uses) and checks
 * each link to its predecessor in its own chain. Reports every chain, naming the first broken
 * event of each; the report's own seq/id/reason are the first break of all.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const rows = await db.$queryRaw<
    {
      chain: string;
      count: bigint;
      id: bigint | null;
      seq: bigint | null;
      hash_ok: boolean | null;
      gap: boolean | null;
    }[]
  >`
    WITH checked AS (
      SELECT e.chain, e.id, e.seq, e."chainSeq",
             e.hash = mekar_audit_expected_hash(e) AS hash_ok,
             e."prevHash" IS NOT DISTINCT FROM lag(e.hash) OVER w AS link_ok,
             e."chainSeq" <> coalesce(lag(e."chainSeq") OVER w, 0) + 1 AS gap
      FROM "AuditEvent" e
      WINDOW w AS (PARTITION BY e.chain ORDER BY e."chainSeq")
    ), first_bad AS (
      SELECT DISTINCT ON (chain) chain, id, seq, hash_ok, gap FROM checked
      WHERE NOT hash_ok OR NOT link_ok OR gap ORDER BY chain, "chainSeq"
    )
    SELECT c.chain, c.count, b.id, b.seq, b.hash_ok, b.gap
    FROM (SELECT chain, count(*) AS count FROM checked GROUP BY chain) c LEFT JOIN first_bad b USING (chain)
    ORDER BY c.chain`;
  const chains: ChainResult[] = rows.map((r) => ({
    chain: r.chain,
    count: Number(r.count),
    broken:
      r.id === null
        ? null
        : { seq: r.seq!.toString(), id: r.id.toString(), reason: !r.hash_ok ? "hash" : r.gap ? "gap" : "link" },
  }));
  const count = chains.reduce((s, c) => s + c.count, 0);
  const bad = chains.filter((c) => c.broken).sort((a, b) => Number(BigInt(a.broken!.seq) - BigInt(b.broken!.seq)))[0];
  if (!bad) return { ok: true, count, chains };
  return { ok: false, count, chains, chain: bad.chain, ...bad.broken! };
}
