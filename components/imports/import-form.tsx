"use client";
import Link from "@/components/ui/link";
import { useActionState, useCallback, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { UploadProgressBar } from "@/components/forms/upload-progress-bar";
import { useUpload } from "@/components/forms/use-upload";
import type { FormState } from "@/lib/action-state";
import { useT } from "@/lib/i18n/client";
import type { ImportKindKey } from "@/lib/imports/kinds";
import { uploadPath } from "@/lib/uploads/forms";
import { uploadLabels } from "@/lib/uploads/labels";
import { ImportPreview, type PreviewData } from "./import-preview";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Step 1 checks an uploaded or pasted sheet and shows every row with its errors; step 2 (shown
 * only when every row is valid) sends the same rows back to be checked again and saved at once.
 */
export function ImportForm({
  kind,
  regencyId,
  preview,
  confirm,
  idempotencyKey,
  listPath,
  limits,
}: {
  kind: ImportKindKey;
  regencyId: string;
  preview: Action;
  confirm: Action;
  idempotencyKey: string;
  listPath: string;
  limits: { rows: number; mb: number };
}) {
  const t = useT();
  const [previewState, previewAction] = useActionState(preview, { status: "idle" } as FormState);
  const labels = uploadLabels(t, "spreadsheet.import", t("spreadsheet.import.errors.tooLarge"));
  // a chosen file goes up with progress; pasted text posts to the action as before
  const { progress, answer, onSubmit, cancel } = useUpload(uploadPath(`import-${kind}`), labels, {
    maxBytes: limits.mb * 1024 * 1024,
  });
  const state = answer ?? previewState;
  const [saved, setSaved] = useState<{ message: string; for: unknown } | null>(null);
  const data = state.data as PreviewData | undefined;
  const onSaved = useCallback((s: FormState) => setSaved({ message: s.message ?? "", for: state.data }), [state.data]);
  const done = saved !== null && saved.for === state.data;
  const fileError = state.fieldErrors?.file;
  const textValue = state.values?.text?.[0] ?? "";
  return (
    <div className="space-y-6">
      <form action={previewAction} onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="regencyId" value={regencyId} />
        <div>
          <label htmlFor="import-file" className="mb-1 block text-sm font-medium text-slate-800">
            {t("spreadsheet.import.file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby="import-file-hint"
            className={inputClass}
          />
          <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
            {t("spreadsheet.import.fileHint", { max: limits.rows, mb: limits.mb })}
          </p>
          {fileError?.map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
        <div>
          <label htmlFor="import-text" className="mb-1 block text-sm font-medium text-slate-800">
            {t("spreadsheet.import.text")}
          </label>
          <textarea
            key={textValue}
            id="import-text"
            name="text"
            rows={4}
            defaultValue={textValue}
            aria-describedby="import-text-hint"
            className={`${inputClass} font-mono text-xs`}
          />
          <p id="import-text-hint" className="mt-1 text-xs text-slate-600">
            {t("spreadsheet.import.textHint")}
          </p>
        </div>
        <UploadProgressBar progress={progress} labels={labels} onCancel={cancel} />
        {!data && <FormMessage state={state} />}
        <SubmitButton
          label={t("spreadsheet.import.preview")}
          pendingLabel={t("spreadsheet.import.previewPending")}
          variant="secondary"
          busy={progress !== null}
        />
      </form>
      {done ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {saved.message}{" "}
          <Link href={listPath} className="font-medium underline">
            {t("spreadsheet.import.backToList")}
          </Link>
        </p>
      ) : (
        data && (
          <>
            <FormMessage state={state} />
            <ImportPreview data={data} />
            {data.payload && (
              <ActionForm
                action={confirm}
                idempotencyKey={idempotencyKey}
                submitLabel={t("spreadsheet.import.confirm")}
                pendingLabel={t("spreadsheet.import.confirmPending")}
                onSuccess={onSaved}
              >
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="regencyId" value={regencyId} />
                <input type="hidden" name="source" value={data.source} />
                <input type="hidden" name="payload" value={data.payload} />
              </ActionForm>
            )}
          </>
        )
      )}
    </div>
  );
}
