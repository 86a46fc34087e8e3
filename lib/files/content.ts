// What an upload's bytes are, checked against the type the browser declared: the browser takes
// the type from the file's name, so a program renamed "laporan.pdf" (or sent by a script with
// any type at all) would otherwise be stored and served as a PDF. lib/files/store.ts refuses a
// mismatch before anything is stored, and names the stored file after its type.

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // OOXML (.docx, .xlsx, .pptx) is a ZIP
const ELF = [0x7f, 0x45, 0x4c, 0x46];
const isWebp = (b: Uint8Array) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8);

/** PNG, JPEG or WebP by their first bytes (what the browser claims is not trusted). */
export function imageKindOf(bytes: Uint8Array): "png" | "jpeg" | "webp" | null {
  return startsWith(bytes, PNG) ? "png" : startsWith(bytes, JPEG) ? "jpeg" : isWebp(bytes) ? "webp" : null;
}
// "MZ" opens a Windows program; its next bytes are binary (a text may well begin with "MZ…")
const isExe = (b: Uint8Array) => startsWith(b, ascii("MZ")) && b.length > 3 && (b[2] < 0x20 || b[3] < 0x20);

const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

/** A known binary format by its first bytes. */
function isKnownBinary(b: Uint8Array): boolean {
  return isExe(b) || startsWith(b, ELF) || startsWith(b, ZIP) || startsWith(b, PDF) || imageKindOf(b) !== null;
}

/**
 * A control character no text file holds: NUL and the other C0 codes except tab, line feed,
 * vertical tab (a line break inside a cell in some spreadsheets), form feed, carriage return,
 * Ctrl-Z (an old DOS end of file) and escape.
 */
const isBinaryCode = (c: number) => c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1a && c !== 0x1b;

/**
 * Plain text (CSV, TXT): UTF-16 with its byte order mark, else bytes that are UTF-8 or an 8-bit
 * Windows code page (Excel on Windows writes CSV in windows-1252; both are text and the download
 * hands the bytes back unchanged) — in every case without a binary signature or a NUL or other
 * control code anywhere in the file.
 */
export function isPlainText(b: Uint8Array): boolean {
  const utf16 = startsWith(b, BOM_UTF16LE) ? "utf-16le" : startsWith(b, BOM_UTF16BE) ? "utf-16be" : null;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(b);
    } catch {
      return false;
    }
    for (let i = 0; i < text.length; i++) if (isBinaryCode(text.charCodeAt(i))) return false;
    return true;
  }
  if (isKnownBinary(b)) return false;
  for (let i = 0; i < b.length; i++) if (isBinaryCode(b[i])) return false;
  return true;
}

/** Whether the bytes are what the declared type says (only the types lib/files/store.ts allows). */
export function contentMatches(type: string, b: Uint8Array): boolean {
  switch (type) {
    case "application/pdf":
      return startsWith(b, PDF);
    case "image/png":
      return imageKindOf(b) === "png";
    case "image/jpeg":
      return imageKindOf(b) === "jpeg";
    case "image/webp":
      return imageKindOf(b) === "webp";
    case "text/csv":
    case "text/plain":
      return isPlainText(b);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
    case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
      return startsWith(b, ZIP);
    default:
      return false;
  }
}

/** Extensions that mean the same type as the one the store gives it. */
const SAME_EXT: Record<string, string[]> = { ".jpg": [".jpg", ".jpeg"] };

/**
 * The name a file is stored and downloaded under: the uploaded base name (no folders), ending in
 * the extension its type implies. A different extension that looks like one ("laporan.exe") is
 * replaced; anything else after a dot ("Laporan v1.2") stays and the extension is added.
 */
export function nameForType(name: string, ext: string, max = 200): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  const dot = base.lastIndexOf(".");
  const current = dot > 0 ? base.slice(dot).toLowerCase() : "";
  if ((SAME_EXT[ext] ?? [ext]).includes(current))
    return base.length <= max ? base : base.slice(0, max - current.length) + current;
  const stem = /^\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}$/.test(current) ? base.slice(0, dot) : base;
  return (stem.slice(0, max - ext.length) || "file") + ext;
}
