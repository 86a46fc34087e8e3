"use client";
import Link from "@/components/ui/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/action-state";
import { confirmTotpAction } from "@/lib/auth/actions";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClass } from "@/components/ui/button";

type Labels = {
  step2: string;
  code: string;
  confirm: string;
  submitting: string;
  recoveryTitle: string;
  recoveryHint: string;
  continue: string;
};

/** Confirms the enrolment with a first code, then shows the recovery codes once. */
export function TotpEnrolForm({ labels }: { labels: Labels }) {
  const [state, action] = useActionState(confirmTotpAction, { status: "idle" } as FormState);
  const codes = state.status === "success" ? (state.data?.recoveryCodes as string[] | undefined) : undefined;
  if (codes) {
    return (
      <section aria-labelledby="recovery-title" className="space-y-3">
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}
        </p>
        <h2 id="recovery-title" className="text-base font-semibold text-slate-900">
          {labels.recoveryTitle}
        </h2>
        <p className="text-sm text-slate-600">{labels.recoveryHint}</p>
        <ul
          aria-label={labels.recoveryTitle}
          className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm"
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Link href="/dashboard" className={buttonClass("primary")}>
          {labels.continue}
        </Link>
      </section>
    );
  }
  const error = state.status === "error" ? (state.fieldErrors?.code?.[0] ?? state.message) : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <label htmlFor="code" className="block text-sm font-medium text-slate-800">
        {labels.step2}
      </label>
      <input
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        maxLength={20}
        className={inputClass}
        aria-label={labels.code}
        aria-invalid={!!error || undefined}
        aria-describedby={error ? "code-error" : undefined}
      />
      {error && (
        <p
          id="code-error"
          role="status"
          aria-live="polite"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <SubmitButton label={labels.confirm} pendingLabel={labels.submitting} />
    </form>
  );
}
