"use client";
import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/action-state";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

type Labels = { email: string; password: string; submit: string; submitting: string };

export function LoginForm({ labels, next }: { labels: Labels; next?: string }) {
  const [state, action] = useActionState(loginAction, { status: "idle" } as FormState);
  const failed = state.status === "error";
  return (
    // noValidate: an empty field gets the app's own message in the user's language, not the browser's
    <form action={action} className="space-y-4" noValidate data-pending-label={labels.submitting}>
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium text-slate-800">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email?.[0]}
          className={inputClass}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? "login-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium text-slate-800">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? "login-error" : undefined}
        />
      </div>
      {failed && (
        <p
          id="login-error"
          role="status"
          aria-live="polite"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {state.message}
        </p>
      )}
      <div className="[&>button]:w-full">
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      </div>
    </form>
  );
}
