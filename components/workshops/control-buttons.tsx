import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import type { FormState } from "@/lib/action-state";

/** A one-button server-action form (open, close, approve, …) with hidden inputs. */
export function ActionButton({
  action,
  label,
  fields,
  variant = "secondary",
  confirm,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  fields: Record<string, string | number>;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
}) {
  return (
    <ActionForm
      action={action}
      submitLabel={label}
      variant={variant}
      confirm={confirm}
      className="inline-flex flex-col items-start gap-1"
      resetOnSuccess={false}
    >
      {Object.entries(fields).map(([k, v]) => (
        <HiddenField key={k} name={k} value={v} />
      ))}
    </ActionForm>
  );
}
