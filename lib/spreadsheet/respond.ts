import { tableToCsv } from "./csv";
import type { ExportFormat, SheetTable } from "./table";
import { tableToXlsx } from "./xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An ASCII file name for the header, plus the exact one (RFC 5987) for browsers that read it. */
function disposition(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\w.-]+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The table as the download the user asked for: .xlsx, CSV with "," or CSV with ";". */
export async function spreadsheetResponse(table: SheetTable, format: ExportFormat): Promise<Response> {
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
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
