"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/action-state";
import { secondFactorSignInAction } from "@/lib/auth/actions";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

type Labels = { code: string; submit: string; submitting: string };

/** Sign-in step two: the authenticator's code (or a recovery code). */
export function CodeForm({ labels, next }: { labels: Labels; next?: string }) {
  const [state, action] = useActionState(secondFactorSignInAction, { status: "idle" } as FormState);
  const error = state.status === "error" ? (state.fieldErrors?.code?.[0] ?? state.message) : undefined;
  return (
    // noValidate: an empty field gets the app's own message in the user's language, not the browser's
    <form action={action} className="space-y-4" noValidate data-pending-label={labels.submitting}>
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="code" className="mb-1 block text-sm font-medium text-slate-800">
          {labels.code}
        </label>
        <input
          id="code"
          name="code"
          inputMode="text"
          autoComplete="one-time-code"
          required
          autoFocus
          maxLength={20}
          className={inputClass}
          aria-invalid={!!error || undefined}
          aria-describedby={error ? "code-error" : undefined}
        />
      </div>
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
      <div className="[&>button]:w-full">
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      </div>
    </form>
  );
}
