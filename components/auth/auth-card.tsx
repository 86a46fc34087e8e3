import type { ReactNode } from "react";

/** The centred card of the pages outside the portal shell (sign-in steps, enrolment). */
export function AuthCard({
  title,
  intro,
  wide,
  footer,
  children,
}: {
  title: string;
  intro?: string;
  wide?: boolean;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main
      id="main"
      className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-emerald-50 to-slate-50 px-4 py-10"
    >
      <div className={`w-full ${wide ? "max-w-xl" : "max-w-sm"}`}>
        <div className="mb-6 text-center">
          <span
            aria-hidden
            className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-emerald-700 text-xl font-bold text-white"
          >
            M
          </span>
          <h1 className="mt-3 text-2xl font-semibold text-slate-900">{title}</h1>
          {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        {footer && <div className="mt-4 flex justify-center">{footer}</div>}
      </div>
    </main>
  );
}
