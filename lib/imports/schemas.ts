import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { IMPORT_MAX_BYTES } from "@/lib/spreadsheet/read";
import { importKindSchema } from "./kinds";

const upload = z
  .custom<File>((v) => typeof File !== "undefined" && v instanceof File)
  .optional()
  .transform((f) => (f && f.size > 0 ? f : undefined))
  .refine((f) => !f || f.size <= IMPORT_MAX_BYTES, "spreadsheet.import.errors.tooLarge");

/** Step 1: an uploaded .xlsx/.csv, or text pasted from Excel. */
export const previewImportSchema = z
  .object({
    kind: importKindSchema,
    regencyId: z.uuid(),
    file: upload,
    text: z
      .string()
      .max(IMPORT_MAX_BYTES, "spreadsheet.import.errors.tooLarge")
      .optional()
      .transform((s) => (s && s.trim() ? s : undefined)),
  })
  .refine((v) => v.file || v.text, { path: ["file"], message: "spreadsheet.import.errors.noInput" });

/** Step 2: the rows the preview showed, sent back to be checked again and saved. */
export const confirmImportSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  kind: importKindSchema,
  regencyId: z.uuid(),
  source: z.string().trim().min(1).max(200),
  payload: z.string().max(IMPORT_MAX_BYTES * 2, "spreadsheet.import.errors.tooLarge"),
});

/** The payload: rows of text cells with their lines, as the preview read them. */
export const sheetRowsSchema = z
  .array(z.object({ line: z.number().int().min(1), cells: z.array(z.string().max(20_000)).max(100) }))
  .max(1000);
