import type { ReactNode } from "react";

/** The box a wide table scrolls in. `contain: inline-size` keeps the table's width from reaching
 * the page: in a grid or flex column it takes the room it is given and scrolls inside, instead
 * of stretching its column (and the page) to the table's width. */
const scroller = "overflow-x-auto rounded-lg border border-slate-200 bg-white [contain:inline-size]";

/** A horizontally scrollable table: wide tables stay usable on a phone. */
export function Table({ caption, head, children }: { caption?: string; head: ReactNode; children: ReactNode }) {
  return (
    // focusable and named, so keyboard users can scroll a wide table too
    <div className={scroller} tabIndex={0} role={caption ? "region" : undefined} aria-label={caption}>
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

/** One column of a DataTable: its header and how a row fills its cell. On a phone each row is a
 * card: the "primary" column heads it, the others follow as "header: value" lines, and "hidden"
 * columns are left out (the detail page shows them). */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  className?: string;
  align?: "right";
  phone?: "primary" | "hidden";
};

// Below `sm` the table's boxes are blocks (a card per row, a label before each value, the
// header row out of sight); from `sm` on they are a table again. One DOM for both, so a link or
// a button exists once.
const cardTable = "block w-full sm:table sm:min-w-full sm:divide-y sm:divide-slate-200";
const cardHead = "hidden sm:table-header-group";
const cardBody = "block divide-y divide-slate-200 sm:table-row-group sm:divide-slate-100";
const cardRow = "flex flex-col gap-1 px-3 py-3 sm:table-row sm:p-0";
const cardCell = "flex min-w-0 gap-2 break-words sm:table-cell sm:px-3 sm:py-2 sm:align-top";
const cardLabel =
  "before:w-28 before:shrink-0 before:text-xs before:font-medium before:text-slate-600 before:content-[attr(data-label)] sm:before:content-none";

function cellClass<Row>(c: Column<Row>) {
  const phone =
    c.phone === "primary"
      ? "order-first block text-base"
      : c.phone === "hidden"
        ? "hidden"
        : typeof c.header === "string"
          ? cardLabel
          : "";
  return [cardCell, phone, c.align && "sm:text-right", c.className].filter(Boolean).join(" ");
}

/** A Table drawn from a column definition, so header and cells cannot drift apart; cards on a phone. */
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
    <div className={scroller} tabIndex={0} role={caption ? "region" : undefined} aria-label={caption}>
      <table className={`${cardTable} text-sm`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead
          className={`${cardHead} bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600`}
        >
          <tr>
            {columns.map((c) => (
              <th key={c.key} className={c.align ? `${th} text-right` : th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={cardBody}>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={[cardRow, rowClassName?.(row)].filter(Boolean).join(" ")}>
              {columns.map((c) => (
                <td
                  key={c.key}
                  className={cellClass(c)}
                  data-label={typeof c.header === "string" ? c.header : undefined}
                >
                  <div className="min-w-0">{c.cell(row)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
