import ExcelJS from "exceljs";

// Reading an uploaded or pasted sheet into rows of text cells, each with the line (row number)
// the user sees in Excel or a text editor. .xlsx (the first worksheet) or CSV/TSV with the
// delimiter detected: "," (English Excel), ";" (Indonesian Excel) or a tab (pasted from Excel).

export type SheetRow = { line: number; cells: string[] };

/** Size caps of an import: checked before parsing (bytes) and after (rows). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 500;

export type Delimiter = "," | ";" | "\t";

/** The delimiter of the first line: the most frequent of tab, ";" and "," outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of text.replace(/^\uFEFF/, "")) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  if (counts["\t"] > 0 && counts["\t"] >= counts[";"] && counts["\t"] >= counts[","]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

/** RFC 4180 rows with the line each row starts on (quoted newlines stay inside the field). Blank rows are skipped. */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): SheetRow[] {
  const out: SheetRow[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, "");
  const push = () => {
    row.push(field);
    if (row.some((c) => c.trim() !== "")) out.push({ line: rowLine, cells: row });
    row = [];
    field = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      push();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== "" || row.length) push();
  return out;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** An Excel cell as the text a user typed: dates as 2026-12-04 (with " 08:30" when there is a time). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs reads a date serial into the UTC fields
    const day = `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h || m ? `${day} ${two(h)}:${two(m)}` : day;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue); // formula: its cached value
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

/** The first worksheet of an .xlsx as rows of text (blank rows skipped). */
export async function parseXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i).value).trim());
    if (cells.some((c) => c !== "")) out.push({ line: number, cells });
  });
  return out;
}

/** A ZIP (an .xlsx) starts with "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An upload (xlsx or CSV) or pasted text as rows; throws on an unreadable .xlsx. */
export async function readSheet(input: { bytes: Uint8Array } | { text: string }): Promise<SheetRow[]> {
  if ("text" in input) return parseDelimited(input.text);
  if (isXlsx(input.bytes)) return parseXlsx(input.bytes);
  return parseDelimited(decodeText(input.bytes));
}

/**
 * A CSV upload's bytes as text. A byte order mark decides (UTF-8, UTF-16 LE or BE: Excel's
 * "Unicode text" is UTF-16 LE); without one the bytes are read as UTF-8 when they are valid
 * UTF-8, else as windows-1252. Excel on Windows in Indonesian offices saves its default "CSV
 * (dipisahkan koma)" in windows-1252, so refusing it would refuse the most common CSV there is;
 * text in another 8-bit code page would show wrong letters, but the preview shows every row
 * before anything is saved. Non-ASCII windows-1252 text is practically never valid UTF-8, so
 * trying UTF-8 first does not misread it.
 */
export function decodeText(bytes: Uint8Array): string {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b.subarray(3));
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(b.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return new TextDecoder("windows-1252").decode(b);
  }
}
