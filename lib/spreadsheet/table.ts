import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { zoneLabel } from "@/lib/regencies/time-zone";

// One list exported as a spreadsheet: a title, the filters that produced it, typed columns and
// rows. Written as .xlsx (lib/spreadsheet/xlsx.ts) or CSV (lib/spreadsheet/csv.ts) by one
// function (lib/spreadsheet/respond.ts), so every list exports the same way.

/**
 * text: written as text, never as a formula; number: a number; percent: 0–100 shown as "45%";
 * date: a calendar date (a @db.Date column, its UTC day); datetime: an instant, written as the
 * wall-clock time of the table's zone (the column header names the zone: Excel has none).
 */
export type ColumnType = "text" | "number" | "date" | "datetime" | "percent";
export type Column = { header: string; type: ColumnType; /** characters */ width?: number };
export type CellValue = string | number | boolean | Date | null | undefined;

export type SheetTable = {
  /** e.g. "Daftar isu — Kabupaten Pangandaran" */
  title: string;
  /** The filters applied, shown under the title ("Tahap: Analisis"). */
  filters: { label: string; value: string }[];
  columns: Column[];
  rows: CellValue[][];
  /** The regency's IANA zone: datetimes are written in its wall-clock time. */
  timeZone: string;
  /** Without extension: "daftar-isu-pangandaran-2026-12-04". */
  filename: string;
  /** The worksheet's name (up to 31 characters); default: the title. */
  sheetName?: string;
  /** Labels of the sheet's own words, in the user's language. */
  labels: { zone: string; exportedAt: string; yes: string; no: string };
};

/** The sheet's own words in the user's language (every export uses the same ones). */
export function sheetLabels(t: Translate): SheetTable["labels"] {
  return {
    zone: t("spreadsheet.export.zone"),
    exportedAt: t("spreadsheet.export.exportedAt"),
    yes: t("common.yes"),
    no: t("common.no"),
  };
}

export const EXPORT_FORMATS = ["xlsx", "csv", "csv-semicolon"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** `?format=`: xlsx, csv or csv-semicolon; anything else (or none) is CSV, as the links always were. */
export const exportFormatSchema = z.enum(EXPORT_FORMATS).catch("csv");

/** The header a column shows: a datetime column names its zone ("Waktu masuk (WITA)"). */
export function columnHeader(column: Column, timeZone: string): string {
  return column.type === "datetime" ? `${column.header} (${zoneLabel(timeZone)})` : column.header;
}

/** An instant's wall-clock time in a zone, as a Date whose UTC fields are that wall clock. */
export function wallClock(at: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return new Date(
    Date.UTC(
      +parts.year,
      +parts.month - 1,
      +parts.day,
      +parts.hour,
      +parts.minute,
      +parts.second,
      at.getUTCMilliseconds(),
    ),
  );
}

/** "2026-12-04 08:30" (a datetime, in the zone) or "2026-12-04" (a date: its UTC day). */
export function isoLocal(value: Date, type: "date" | "datetime", timeZone: string): string {
  if (type === "date") return value.toISOString().slice(0, 10);
  return wallClock(value, timeZone).toISOString().slice(0, 16).replace("T", " ");
}

/** A cell that a spreadsheet would run as a formula when typed or read from CSV. */
export const FORMULA_START = /^[=+\-@\t\r]/;
