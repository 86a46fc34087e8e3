// The paged-media CSS of a naskah dinas printout (components/print/official-document.tsx).
//
// Layout after the Pedoman Tata Naskah Dinas of regional government (Permendagri 1/2023, which
// replaced Permendagri 54/2009). Its ruang tepi: top 2 cm without a kop (with a kop: two lines
// under it), bottom at least 2.5 cm, left at least 3 cm (the binding side, so punching for a file
// takes no letter), right at least 2 cm — the same rule the ministries' own guides repeat (e.g.
// Permenkumham 31/2020); Arial 12 pt; the title centred in bold capitals. The 2.5 cm bottom also
// holds the page number and record number in the margin boxes below the text.
// Page numbers: CSS paged-media margin boxes (`@bottom-right { content: counter(page) }`),
// which Chromium renders since version 131, both in the print dialog and in page.pdf().

/** A CSS string literal: quotes, backslashes and line breaks escaped; nothing can end the rule. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n\f]+/g, " ")
    .replace(/[<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * A `content:` value from a translated template with {page} and {pages}:
 * "Halaman {page} dari {pages}" → `"Halaman " counter(page) " dari " counter(pages)`.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}

/** The @page rules: A4, the margins above, the record number bottom left and "Halaman x dari y" bottom right. */
export function officialPageCss(opts: { recordNumber: string; pageTemplate: string }): string {
  const box = 'font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9pt; color: #333;';
  return `
@page {
  size: A4;
  margin: 20mm 20mm 25mm 30mm;
  @bottom-left { content: ${cssString(opts.recordNumber)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${pageCounterContent(opts.pageTemplate)}; ${box} vertical-align: top; padding-top: 4mm; }
}
@media print {
  header.sticky, nav[aria-label], [data-no-print], footer.site-footer { display: none !important; }
  html, body, .bg-slate-50 { background: #fff !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { width: 100% !important; max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .naskah { box-shadow: none !important; border: 0 !important; padding: 0 !important; max-width: none !important; }
  /* globals.css hides every header in print (the portal's bar); inside the naskah they are titles */
  .naskah header { display: block !important; }
  .naskah section > header { display: flex !important; }
  .print-avoid-break { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}`;
}
