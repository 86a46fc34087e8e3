import type { ReactNode } from "react";

/** One labelled field of a printed record: label and value side by side (stacked on a phone); a
 * long link in the value wraps within the page (minmax(0,1fr): the column never grows to fit it). */
export function PrintField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="print-avoid-break border-b border-slate-200 py-1.5 sm:grid sm:grid-cols-[13rem_minmax(0,1fr)] sm:gap-3 print:grid print:grid-cols-[13rem_minmax(0,1fr)] print:gap-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{children || "—"}</dd>
    </div>
  );
}

/** A numbered part of the body ("A. Tindakan korektif"). */
export function PrintSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-5">
      <h2 className="mb-2 text-[11pt] font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** Cell classes of a printed table: ruled like a form, readable in black and white. */
export const pth = "border border-black px-1.5 py-1 text-left align-top font-bold";
export const ptd = "border border-black px-1.5 py-1 align-top";
