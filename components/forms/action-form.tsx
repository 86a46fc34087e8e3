"use client";
import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/action-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const FormStateContext = createContext<FormState>({ status: "idle" });
export const useFormStateContext = () => useContext(FormStateContext);

type Props = {
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
}: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
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
          confirm
            ? (e) => {
                if (!window.confirm(confirm)) e.preventDefault();
              }
            : undefined
        }
      >
        {idempotencyKey && <input type="hidden" name="idempotencyKey" value={state.nextKey ?? idempotencyKey} />}
        {children}
        <FormMessage state={state} />
        {submitLabel && <SubmitButton label={submitLabel} pendingLabel={pendingLabel} variant={variant} />}
      </form>
    </FormStateContext.Provider>
  );
}
