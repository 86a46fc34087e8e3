"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { UploadProgressBar } from "@/components/forms/upload-progress-bar";
import { useUpload } from "@/components/forms/use-upload";
import type { FormState } from "@/lib/action-state";
import { useT } from "@/lib/i18n/client";
import { uploadPath } from "@/lib/uploads/forms";
import { uploadLabels } from "@/lib/uploads/labels";

type RowError = { line: number; reason: string };

/**
 * Upload form for the regency CSV; a rejected file lists every bad row with its line. With
 * JavaScript the file goes up with XMLHttpRequest to POST /api/uploads/regency-import (the same
 * server action, lib/uploads/route.ts), so a slow link shows a progress bar with the percent
 * sent, then "Memproses…" while the server checks every row. Without JavaScript (or before the
 * page has come to life) the form posts to its server action as a plain form.
 */
export function ImportForm({
  action,
  maxBytes,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** the largest file the import takes: a larger one is refused before it is sent */
  maxBytes: number;
}) {
  const t = useT();
  const [actionState, formAction] = useActionState(action, { status: "idle" } as FormState);
  const labels = uploadLabels(t, "regencies.import", t("regencies.import.errors.tooLarge"));
  const { progress, answer, onSubmit, cancel } = useUpload(uploadPath("regency-import"), labels, { maxBytes });
  const state = answer ?? actionState;
  const errors = (state.data?.errors ?? []) as RowError[];

  const fileError = state.fieldErrors?.file;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="regency-csv" className="mb-1 block text-sm font-medium text-slate-800">
          {t("regencies.import.file")}
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        </label>
        <input
          id="regency-csv"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby="regency-csv-hint"
          className={inputClass}
        />
        <p id="regency-csv-hint" className="mt-1 text-xs text-slate-600">
          {t("regencies.import.fileHint")}
        </p>
        {fileError?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <UploadProgressBar progress={progress} labels={labels} onCancel={cancel} />
      <FormMessage state={state} />
      {errors.length > 0 && (
        <div
          className="overflow-x-auto rounded-lg border border-red-200"
          tabIndex={0}
          role="region"
          aria-label={t("regencies.import.errorsCaption")}
        >
          <table className="min-w-full divide-y divide-red-100 text-sm">
            <caption className="sr-only">{t("regencies.import.errorsCaption")}</caption>
            <thead className="bg-red-50 text-left text-xs font-semibold uppercase tracking-wide text-red-900">
              <tr>
                <th className="px-3 py-2">{t("regencies.import.line")}</th>
                <th className="px-3 py-2">{t("regencies.import.reason")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-red-100 bg-white">
              {errors.map((e, i) => (
                <tr key={`${e.line}-${i}`}>
                  <td className="px-3 py-2 tabular-nums">{t("regencies.import.lineN", { line: e.line })}</td>
                  <td className="px-3 py-2">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SubmitButton
        label={t("regencies.import.submit")}
        pendingLabel={t("regencies.import.pending")}
        busy={progress !== null}
      />
    </form>
  );
}
