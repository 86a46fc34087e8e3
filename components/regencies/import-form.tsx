"use client";
import { useActionState, useState, type FormEvent } from "react";
import { inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClass } from "@/components/ui/button";
import type { FormState } from "@/lib/action-state";
import { useT } from "@/lib/i18n/client";

type RowError = { line: number; reason: string };

/** How far the upload is: the percent of the file sent, then the server's turn. */
type Progress = { percent: number } | "processing";

/**
 * Upload form for the regency CSV; a rejected file lists every bad row with its line. With
 * JavaScript the file goes up with XMLHttpRequest to POST /api/regencies/import (the same import
 * as the server action), so a slow link shows a progress bar with the percent sent, then
 * "Memproses…" while the server checks every row. Without JavaScript (or before the page has
 * come to life) the form posts to its server action as a plain form.
 */
export function ImportForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useT();
  const [actionState, formAction] = useActionState(action, { status: "idle" } as FormState);
  /** the upload's answer; null: the server action's is shown */
  const [uploaded, setUploaded] = useState<FormState | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const state = uploaded ?? actionState;
  const errors = (state.data?.errors ?? []) as RowError[];

  const upload = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    // no file: the server action says so, beside the field, as it always did
    if (!file || typeof XMLHttpRequest === "undefined") return setUploaded(null);
    event.preventDefault();
    if (progress) return; // one upload at a time
    const body = new FormData();
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/regencies/import");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress({ percent: Math.min(100, Math.floor((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => setProgress("processing");
    xhr.onload = () => {
      setProgress(null);
      let answer: FormState | null = null;
      try {
        answer = JSON.parse(xhr.responseText) as FormState;
      } catch {}
      setUploaded(answer?.status ? answer : { status: "error", message: t("regencies.import.uploadFailed") });
    };
    xhr.onerror =
      xhr.onabort =
      xhr.ontimeout =
        () => {
          setProgress(null);
          setUploaded({ status: "error", message: t("regencies.import.uploadFailed") });
        };
    setUploaded(null);
    setProgress({ percent: 0 });
    xhr.send(body);
  };
  const fileError = state.fieldErrors?.file;
  return (
    <form action={formAction} onSubmit={upload} className="space-y-4" noValidate>
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
      {progress && (
        <div role="status" aria-live="polite" className="space-y-1">
          <p className="text-sm text-slate-800">
            {progress === "processing"
              ? t("regencies.import.processing")
              : t("regencies.import.uploading", { percent: progress.percent })}
          </p>
          {/* no value while the server works: the bar pulses instead */}
          <div
            role="progressbar"
            aria-label={t("regencies.import.progress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress === "processing" ? undefined : progress.percent}
            className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className={`h-full rounded-full bg-emerald-600 transition-[width] ${progress === "processing" ? "animate-pulse" : ""}`}
              style={{ width: `${progress === "processing" ? 100 : progress.percent}%` }}
            />
          </div>
        </div>
      )}
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
      {progress ? (
        <button type="submit" disabled aria-disabled className={buttonClass("primary")}>
          {t("regencies.import.pending")}
        </button>
      ) : (
        <SubmitButton label={t("regencies.import.submit")} pendingLabel={t("regencies.import.pending")} />
      )}
    </form>
  );
}
