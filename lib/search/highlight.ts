// The markers ts_headline puts around a match (lib/search/fts.ts), and their split into
// segments a component renders as text and <mark> (never as HTML). Control characters: no
// typed title contains them, and if one did, the worst case is a wrong highlight, still text.

export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export type HighlightSegment = { text: string; match: boolean };

/** "a \u0001b\u0002 c" → [a ][b: match][ c]; a stray marker is dropped. */
export function splitHighlight(marked: string): HighlightSegment[] {
  const out: HighlightSegment[] = [];
  for (const [i, part] of marked.split(MARK_START).entries()) {
    const end = part.indexOf(MARK_END);
    if (i > 0 && end >= 0) {
      out.push({ text: part.slice(0, end), match: true });
      out.push({ text: part.slice(end + 1).replaceAll(MARK_END, ""), match: false });
    } else out.push({ text: part.replaceAll(MARK_END, ""), match: false });
  }
  return out.filter((s) => s.text !== "");
}

/** Whether a headline holds a match (a snippet without one is not shown). */
export const hasHighlight = (marked: string | null | undefined): marked is string =>
  !!marked && marked.includes(MARK_START);
