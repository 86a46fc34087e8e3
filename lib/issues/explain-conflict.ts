import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { IssueConflictError } from "./mutations";

/** A stale save names the fields others changed, and who changed them, in the user's language. */
export async function explainConflict<T>(t: Translate, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof IssueConflictError)) throw e;
    const fields = e.changedFields.map((f) => t(`issues.fields.${f}`));
    throw new AppError(
      "CONFLICT",
      "issues.errors.conflict",
      Object.fromEntries(e.changedFields.map((f) => [f, ["issues.errors.changedMeanwhile"]])),
      { fields: fields.join(", ") || "—", by: e.changedBy.join(", ") || "—" },
    );
  }
}
