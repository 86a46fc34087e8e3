import type { ReactNode } from "react";
import type { FormState } from "@/lib/action-state";
import { ActionForm } from "./action-form";
import { HiddenField } from "./field";

/**
 * A row's correction form, folded under a "change" link until asked for (works without
 * JavaScript). It carries the record's id and version, so a stale form is refused.
 */
export function EditInPlace({
  label,
  name,
  action,
  submitLabel,
  pendingLabel,
  id,
  version,
  children,
}: {
  label: string;
  name: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  id: string;
  version: number;
  children: ReactNode;
}) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-emerald-800">
        {label}
        <span className="sr-only"> {name}</span>
      </summary>
      <div className="mt-3 max-w-xl">
        <ActionForm action={action} submitLabel={submitLabel} pendingLabel={pendingLabel} resetOnSuccess={false}>
          <HiddenField name="id" value={id} />
          <HiddenField name="version" value={version} />
          {children}
        </ActionForm>
      </div>
    </details>
  );
}
