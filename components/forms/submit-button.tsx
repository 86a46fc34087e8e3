"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";
import { useOptionalT } from "@/lib/i18n/client";

/** Disabled while the form is submitting, so a double click sends one request, and saying so
 * ("Menyimpan…" unless the form names its own pending label): on a slow link the wait is seconds. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  name,
  value,
  busy = false,
}: {
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  /** sending outside React's form action (an upload with progress) */
  busy?: boolean;
}) {
  const pending = useFormStatus().pending || busy;
  const t = useOptionalT();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant)}
    >
      {pending ? (pendingLabel ?? t?.("common.saving") ?? label) : label}
    </button>
  );
}
