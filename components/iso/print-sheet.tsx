import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

// On paper only the record shows: the portal's header and navigation and the on-screen
// buttons are hidden, the page is A4 with margins, and colours print as they are.
const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  header.sticky, nav[aria-label], [data-no-print] { display: none !important; }
  body, .bg-slate-50 { background: #fff !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { width: 100% !important; }
  .print-sheet { box-shadow: none !important; border: 0 !important; padding: 0 !important; }
  .print-avoid-break { break-inside: avoid; }
}`;

/** A record laid out to be filed as evidence: title block, body, signature lines, print footer. */
export function PrintSheet({
  title,
  subtitle,
  printLabel,
  backHref,
  backLabel,
  footer,
  children,
}: {
  title: string;
  subtitle: ReactNode;
  printLabel: string;
  backHref: string;
  backLabel: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div data-no-print className="mb-4 flex flex-wrap gap-2">
        <PrintButton label={printLabel} />
        <a
          href={backHref}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {backLabel}
        </a>
      </div>
      <article
        tabIndex={0}
        aria-label={title}
        className="print-sheet mx-auto max-w-4xl overflow-x-auto rounded-lg border border-slate-200 bg-white p-3 text-sm break-words sm:p-6 print:overflow-visible text-slate-900 shadow-sm"
      >
        <header className="mb-4 border-b-2 border-slate-800 pb-3">
          <h1 className="text-xl font-semibold">{title}</h1>
          <div className="mt-1 text-slate-700">{subtitle}</div>
        </header>
        {children}
        <footer className="mt-8 border-t border-slate-300 pt-2 text-xs text-slate-600">{footer}</footer>
      </article>
    </>
  );
}

export function PrintField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="print-avoid-break border-b border-slate-200 py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-3">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line">{children || "—"}</dd>
    </div>
  );
}

export function SignatureLines({ roles }: { roles: { label: string; name?: string | null }[] }) {
  return (
    <div className="print-avoid-break mt-8 grid grid-cols-2 gap-8">
      {roles.map((r) => (
        <div key={r.label} className="text-center">
          <p>{r.label}</p>
          <div className="mt-14 border-b border-slate-500" />
          <p className="mt-1">{r.name ?? ""}</p>
        </div>
      ))}
    </div>
  );
}
