import type { ReactNode } from "react";

export type BadgeTone = "slate" | "green" | "yellow" | "red" | "blue" | "purple";
const tones: Record<BadgeTone, string> = {
  slate: "bg-slate-100 text-slate-800 ring-slate-300",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  yellow: "bg-amber-50 text-amber-900 ring-amber-300",
  red: "bg-red-50 text-red-800 ring-red-300",
  blue: "bg-sky-50 text-sky-800 ring-sky-300",
  purple: "bg-violet-50 text-violet-800 ring-violet-300",
};

export function Badge({ tone = "slate", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
