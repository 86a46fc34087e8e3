"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

/** Disabled while the form is submitting, so a double click sends one request. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant)}
    >
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}
