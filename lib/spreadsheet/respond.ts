import { tableToCsv } from "./csv";
import type { ExportFormat, SheetTable } from "./table";
import { tableToXlsx } from "./xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An ASCII file name for the header, plus the exact one (RFC 5987) for browsers that read it. */
function disposition(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\w.-]+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The cookie that tells the download menu (components/ui/download-links.tsx) its file is ready. */
export const DOWNLOAD_COOKIE = "mekar-download";

/**
 * The download menu adds `?dl=<ticket>` to an export link; the response echoes the ticket in a
 * short-lived cookie the page can read, so the menu can say the file is ready (a browser tells a
 * page nothing about a download). Any other value is ignored.
 */
export function downloadTicket(request: Request): string | null {
  const ticket = new URL(request.url).searchParams.get("dl");
  return ticket && /^[a-z0-9]{8,32}$/.test(ticket) ? ticket : null;
}

/** The table as the download the user asked for: .xlsx, CSV with "," or CSV with ";". */
export async function spreadsheetResponse(
  table: SheetTable,
  format: ExportFormat,
  ticket: string | null = null,
): Promise<Response> {
  const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (ticket) headers["Set-Cookie"] = `${DOWNLOAD_COOKIE}=${ticket}; Path=/; Max-Age=120; SameSite=Lax`;
  if (format === "xlsx") {
    const body = await tableToXlsx(table);
    return new Response(new Uint8Array(body), {
      headers: { ...headers, "Content-Type": XLSX_TYPE, "Content-Disposition": disposition(`${table.filename}.xlsx`) },
    });
  }
  const semicolon = format === "csv-semicolon";
  return new Response(tableToCsv(table, semicolon ? ";" : ","), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": disposition(`${table.filename}${semicolon ? "-titik-koma" : ""}.csv`),
    },
  });
}
