import type { Translate } from "@/lib/i18n/translate";

/** The three download formats of every exported list, labelled in the user's language. */
export function downloadFormats(t: Translate) {
  return [
    { format: "xlsx" as const, label: t("spreadsheet.export.xlsx") },
    { format: "csv" as const, label: t("spreadsheet.export.csv") },
    { format: "csv-semicolon" as const, label: t("spreadsheet.export.csvSemicolon") },
  ];
}
