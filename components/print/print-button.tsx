"use client";
import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog for the page (the print CSS lays it out as a naskah dinas). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
      {label}
    </button>
  );
}
