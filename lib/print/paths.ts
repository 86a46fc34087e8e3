import { z } from "zod";

// The views the PDF route may render: exactly the printable views, each with only the query it
// understands. The route opens one of these on this very server, never anything else.
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const PRINTABLE: RegExp[] = [
  new RegExp(`^/iso/(nonconformities|audits|reviews|changes|assessments)/${UUID}/print$`),
  new RegExp(`^/iso/documents/${UUID}/print(\\?v=[1-9][0-9]{0,5})?$`),
  /^\/iso\/(objectives|risks)\/print$/,
  /^\/culture\/story\/print$/,
  new RegExp(`^/workshops/${UUID}/attendance(\\?session=${UUID})?$`),
  new RegExp(`^/workshops/${UUID}/summary$`),
  /^\/issues\/report(\?month=[0-9]{4}-(0[1-9]|1[0-2]))?$/,
];

export function isPrintablePath(path: string): boolean {
  return PRINTABLE.some((re) => re.test(path));
}

export const pdfQuerySchema = z.object({
  path: z.string().max(300).refine(isPrintablePath, { message: "not a printable view" }),
});

/** The "Unduh PDF" link of a printable view. */
export function pdfHref(path: string): string {
  return `/api/print/pdf?${new URLSearchParams({ path })}`;
}

/** "KTS-3/2026" → "KTS-3-2026.pdf": a file name any system accepts. */
export function pdfFileName(reference: string): string {
  const base = reference
    .normalize("NFKD")
    .replace(/[^\w\-. ]+/g, "-")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${base || "naskah"}.pdf`;
}
