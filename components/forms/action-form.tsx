"use client";
import { createContext, useActionState, useContext, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { FormState } from "@/lib/action-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const FormStateContext = createContext<FormState>({ status: "idle" });
export const useFormStateContext = () => useContext(FormStateContext);

export type ActionFormProps = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel?: string;
  pendingLabel?: string;
  /** Renders a one-time key so a double submit creates one record. */
  idempotencyKey?: string;
  /** Confirmation asked before a destructive submit. */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  resetOnSuccess?: boolean;
  children?: ReactNode;
  onSuccess?: (state: FormState) => void;
};

/** What a form that sends itself another way adds (components/forms/upload-action-form.tsx). */
type Transport = {
  /** its own answer; null: the server action's state is shown */
  answer?: FormState | null;
  /** runs after the confirm question; may take the submit over (preventDefault) */
  onSubmitForm?: (event: FormEvent<HTMLFormElement>) => void;
  /** the submit is under way outside React's form action */
  busy?: boolean;
  /** shown above the form's message (an upload's progress) */
  status?: ReactNode;
};

/** A server-action form: keeps its state, shows the message, hands field errors to Fields. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  idempotencyKey,
  confirm,
  variant,
  className = "space-y-4",
  resetOnSuccess = true,
  children,
  onSuccess,
  answer,
  onSubmitForm,
  busy,
  status,
}: ActionFormProps & Transport) {
  const [actionState, formAction] = useActionState(action, { status: "idle" } as FormState);
  const state = answer ?? actionState;
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") {
      if (resetOnSuccess) ref.current?.reset();
      onSuccess?.(state);
    }
  }, [state, resetOnSuccess, onSuccess]);
  return (
    <FormStateContext.Provider value={state}>
      <form
        ref={ref}
        action={formAction}
        className={className}
        noValidate
        onSubmit={
          confirm || onSubmitForm
            ? (e) => {
                if (confirm && !window.confirm(confirm)) e.preventDefault();
                onSubmitForm?.(e);
              }
            : undefined
        }
      >
        {idempotencyKey && <input type="hidden" name="idempotencyKey" value={state.nextKey ?? idempotencyKey} />}
        {children}
        {status}
        <FormMessage state={state} />
        {submitLabel && <SubmitButton label={submitLabel} pendingLabel={pendingLabel} variant={variant} busy={busy} />}
      </form>
    </FormStateContext.Provider>
  );
}
