import type { ReactNode } from "react";

export function Card({
  title,
  actions,
  children,
  className = "",
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      {(title || actions) && (
        <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
          {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
          {actions}
        </header>
      )}
      <div className="p-4">{children}</div>
    </section>
  );
}

export function Stat({
  label,
  value,
  hint,
  tone = "default",
  href,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: "default" | "warn" | "bad" | "good";
  href?: string;
}) {
  const tones = { default: "text-slate-900", warn: "text-amber-700", bad: "text-red-700", good: "text-emerald-700" };
  const body = (
    <>
      <div className="text-sm text-slate-600">{label}</div>
      <div className={`mt-1 text-2xl font-semibold ${tones[tone]}`}>{value}</div>
      {hint && <div className="mt-1 text-xs text-slate-500">{hint}</div>}
    </>
  );
  const cls = "block rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
  return href ? (
    <a href={href} className={`${cls} hover:border-emerald-600`}>
      {body}
    </a>
  ) : (
    <div className={cls}>{body}</div>
  );
}
