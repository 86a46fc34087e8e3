// PostgreSQL full-text search with the `indonesian` snowball configuration, for every list
// that searches records (issues, publications, the public regency page, the expert network).
// Each searched table has a generated, stored `search` tsvector with a GIN index (migration
// 20261204212000_search_indonesian): the title (or name) weighs most, then tags / summary /
// expertise, then the longer text, then the title's words unstemmed for prefix matching.
// The records are Indonesian, so the English UI searches with the same configuration.
import { Prisma } from "@/lib/generated/prisma/client";
import { MARK_END, MARK_START } from "./highlight";

export type SearchTerms = {
  /** the tsquery: websearch syntax ("a phrase", or, -not), stemmed, or the last word as a prefix */
  query: Prisma.Sql;
  /** the last word typed as an unstemmed prefix ('pembang':*), for highlighting what stemming cannot */
  prefix: Prisma.Sql | null;
};

/**
 * What the user typed, as a tsquery. websearch_to_tsquery never fails on input (quotes,
 * operators and punctuation are read as words or dropped), and the text is a bound parameter.
 * The last word also matches as a prefix of an unstemmed title word, so "pembang" finds
 * "pembangunan" while the user is still typing.
 */
export function searchTerms(typed: string): SearchTerms {
  // control characters are no words (and Postgres refuses NUL in a text parameter)
  const q = typed.replace(/[\u0000-\u001f\u007f]/g, " ");
  const full = Prisma.sql`websearch_to_tsquery('indonesian', ${q})`;
  const m = /^(.*?)([\p{L}\p{N}]{2,})$/su.exec(q);
  // a last word inside an open quote or negated ("-kata") is not a prefix to complete
  if (!m || (m[1].match(/"/g)?.length ?? 0) % 2 === 1 || /(^|\s)-$/.test(m[1])) return { query: full, prefix: null };
  const prefix = Prisma.sql`to_tsquery('simple', ${`${m[2].toLowerCase()}:*`})`;
  return {
    query: Prisma.sql`(${full} || (websearch_to_tsquery('indonesian', ${m[1]}) && ${prefix}))`,
    prefix,
  };
}

/** `column @@ query`: the GIN index's condition. */
export const matches = (column: Prisma.Sql, terms: SearchTerms) => Prisma.sql`${column} @@ ${terms.query}`;

/** Cover-density rank (title matches above tags, above the text; more and closer words rank higher). */
export const rankOf = (column: Prisma.Sql, terms: SearchTerms) => Prisma.sql`ts_rank_cd(${column}, ${terms.query})`;

const OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;

/**
 * The text with the matched words between MARK_START and MARK_END (lib/search/highlight.ts):
 * a whole title (`whole`), or fragments of a long text. Where stemming highlights nothing,
 * the typed prefix is highlighted on the unstemmed words.
 */
export function headline(text: Prisma.Sql, terms: SearchTerms, whole: boolean): Prisma.Sql {
  const options = whole
    ? `${OPTIONS}, HighlightAll=true`
    : `${OPTIONS}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
  const stemmed = Prisma.sql`ts_headline('indonesian', ${text}, ${terms.query}, ${options})`;
  if (!terms.prefix) return stemmed;
  return Prisma.sql`(SELECT CASE WHEN strpos(h, chr(1)) > 0 THEN h ELSE ts_headline('simple', ${text}, ${terms.prefix}, ${options}) END FROM (SELECT ${stemmed} AS h) x)`;
}
