import type { ReactNode } from "react";

/** A horizontally scrollable table: wide tables stay usable on a phone. */
export function Table({ caption, head, children }: { caption?: string; head: ReactNode; children: ReactNode }) {
  return (
    // focusable and named, so keyboard users can scroll a wide table too
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role={caption ? "region" : undefined}
      aria-label={caption}
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          {head}
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const th = "px-3 py-2 whitespace-nowrap";
export const td = "px-3 py-2 align-top";

/** One column of a DataTable: its header and how a row fills its cell. */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  className?: string;
  align?: "right";
};

/** A Table drawn from a column definition, so header and cells cannot drift apart. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
}: {
  caption?: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
}) {
  return (
    <Table
      caption={caption}
      head={
        <tr>
          {columns.map((c) => (
            <th key={c.key} className={c.align ? `${th} text-right` : th}>
              {c.header}
            </th>
          ))}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={rowKey(row)} className={rowClassName?.(row)}>
          {columns.map((c) => (
            <td key={c.key} className={[td, c.align && "text-right", c.className].filter(Boolean).join(" ")}>
              {c.cell(row)}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
