import type { ReactNode } from "react";

/** A horizontally scrollable table: wide tables stay usable on a phone. */
export function Table({ caption, head, children }: { caption?: string; head: ReactNode; children: ReactNode }) {
  return (
    // focusable and named, so keyboard users can scroll a wide table too
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role={caption ? "region" : undefined} aria-label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">{head}</thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const th = "px-3 py-2 whitespace-nowrap";
export const td = "px-3 py-2 align-top";
