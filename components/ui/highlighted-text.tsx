import { splitHighlight } from "@/lib/search/highlight";

/**
 * A search result's text with the matched words marked. The markers come from ts_headline
 * (lib/search/fts.ts); the text is rendered as text, so nothing a record holds becomes HTML.
 */
export function HighlightedText({ marked, fallback }: { marked: string | null | undefined; fallback?: string }) {
  if (!marked) return <>{fallback ?? ""}</>;
  return (
    <>
      {splitHighlight(marked).map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
