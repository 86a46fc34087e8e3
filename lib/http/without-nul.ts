/**
 * Drops NUL characters from text a client sent. Postgres refuses them in text (a 500 for any
 * form field or query that carries one), and no user types one: they come from hand-made requests.
 */
export function withoutNul(s: string): string {
  return s.includes("\u0000") ? s.replaceAll("\u0000", "") : s;
}
