import type { RankRow } from "./types";

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The Borda count of complete rankings of `n` options. Each order lists option indexes best
 * first; rank r (1-based) earns n − r points. Per option: points, mean rank and the spread of
 * its ranks (population standard deviation: 0 = everyone agrees). Best first; ties by index.
 */
export function bordaRanking(orders: readonly (readonly number[])[], n: number): RankRow[] {
  const valid = orders.filter((o) => o.length === n && new Set(o).size === n && o.every((i) => i >= 0 && i < n));
  const ranks = Array.from({ length: n }, () => [] as number[]);
  for (const order of valid) order.forEach((option, r) => ranks[option].push(r + 1));
  return ranks
    .map((rs, option) => {
      const mean = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
      const variance = rs.length ? rs.reduce((a, r) => a + (r - mean) ** 2, 0) / rs.length : 0;
      return {
        option,
        points: rs.reduce((a, r) => a + (n - r), 0),
        meanRank: round2(mean),
        spread: round2(Math.sqrt(variance)),
      };
    })
    .sort((a, b) => b.points - a.points || a.option - b.option);
}
