"use server";
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/action-state";
import type { ActionAccess } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { readSheet, type SheetRow } from "@/lib/spreadsheet/read";
import type { CheckedImport } from "./check";
import { IMPORT_KIND, type ImportKindKey } from "./kinds";
import { commitImport, previewImport } from "./mutations";
import { confirmImportSchema, previewImportSchema, sheetRowsSchema } from "./schemas";

// Two steps per kind: preview (read the sheet, show every row with its errors, save nothing)
// and confirm (check the same rows again, save all of them in one transaction, or none).

async function rowsOf(file: File | undefined, text: string | undefined): Promise<SheetRow[]> {
  try {
    return await readSheet(file ? { bytes: new Uint8Array(await file.arrayBuffer()) } : { text: text ?? "" });
  } catch {
    throw new AppError("INVALID", "spreadsheet.import.errors.unreadable");
  }
}

function previewState(checked: CheckedImport, rows: SheetRow[], source: string, t: Translate): FormState {
  const ok = checked.errorCount === 0;
  return {
    status: ok ? "success" : "error",
    message: ok
      ? t("spreadsheet.import.readyToSave", { count: checked.records.length })
      : t("spreadsheet.import.refused", { count: checked.errorCount }),
    data: { checked, source, payload: ok ? JSON.stringify(rows) : undefined },
  };
}

function previewFor(kind: ImportKindKey, access: ActionAccess) {
  return formAction(
    previewImportSchema,
    async (actor, input, { t }) => {
      if (input.kind !== kind) throw new AppError("INVALID");
      const rows = await rowsOf(input.file, input.text);
      const source = input.file?.name.slice(0, 200) || t("spreadsheet.import.pasted");
      const checked = previewImport(actor, { kind, regencyId: input.regencyId, rows, source }, t);
      // pasted text is kept in its box (a file input cannot be refilled)
      return { ...previewState(checked, rows, source, t), values: input.text ? { text: [input.text] } : undefined };
    },
    access,
  );
}

function confirmFor(kind: ImportKindKey, access: ActionAccess) {
  return formAction(
    confirmImportSchema,
    async (actor, input, { t }) => {
      if (input.kind !== kind) throw new AppError("INVALID");
      let rows: SheetRow[];
      try {
        rows = sheetRowsSchema.parse(JSON.parse(input.payload));
      } catch {
        throw new AppError("INVALID", "spreadsheet.import.errors.unreadable");
      }
      const result = await commitImport(
        actor,
        { kind, regencyId: input.regencyId, rows, source: input.source, idempotencyKey: input.idempotencyKey },
        t,
      );
      if (!result.saved) return previewState(result.checked, rows, input.source, t);
      revalidatePath(IMPORT_KIND[kind].listPath);
      return {
        status: "success",
        message: t("spreadsheet.import.saved", { count: result.count }),
        data: { saved: result.count },
      };
    },
    access,
  );
}

export const previewIssuesImportAction = previewFor("issues", IMPORT_KIND.issues.permission);
export const confirmIssuesImportAction = confirmFor("issues", IMPORT_KIND.issues.permission);
export const previewStakeholdersImportAction = previewFor("stakeholders", IMPORT_KIND.stakeholders.permission);
export const confirmStakeholdersImportAction = confirmFor("stakeholders", IMPORT_KIND.stakeholders.permission);
export const previewMediaImportAction = previewFor("media", IMPORT_KIND.media.permission);
export const confirmMediaImportAction = confirmFor("media", IMPORT_KIND.media.permission);
export const previewExpertsImportAction = previewFor("experts", IMPORT_KIND.experts.permission);
export const confirmExpertsImportAction = confirmFor("experts", IMPORT_KIND.experts.permission);
