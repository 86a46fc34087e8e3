import "server-only";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { importRegencies } from "./import";

/** The largest regency CSV taken (kabupaten-kota.csv is about 40 KB). */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * The regency CSV import's answer, the same for the form's server action (a phone without
 * JavaScript) and for the upload with a progress bar (POST /api/uploads/regency-import): every bad row
 * with its line, or how many were added and updated.
 */
export async function importRegenciesAnswer(actor: Actor, file: File, t: Translate): Promise<FormState> {
  if (file.size > MAX_IMPORT_BYTES) throw new AppError("INVALID", "regencies.import.errors.tooLarge");
  const result = await importRegencies(actor, await file.text(), file.name);
  if (result.errors.length) {
    return {
      status: "error",
      message: t("regencies.import.rejected", { count: result.errors.length }),
      data: { errors: result.errors.map((e) => ({ line: e.line, reason: t(e.reason, e.values) })) },
    };
  }
  revalidatePath("/regencies", "layout");
  return {
    status: "success",
    message: t("regencies.import.done", { created: result.created, updated: result.updated }),
  };
}
