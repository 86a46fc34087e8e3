// What a portal section shows while its page's queries run on a slow link (app/(portal)/*/loading.tsx):
// grey blocks in the page's own layout — a header, then a list, a dashboard or one record — so the
// page that replaces it does not jump. No script: it is streamed first, the page after it.

const block = "rounded bg-slate-200/80 motion-safe:animate-pulse";

function Bar({ className = "" }: { className?: string }) {
  return <div className={`${block} ${className}`} />;
}

function CardBlock({ rows = 3, tall = false }: { rows?: number; tall?: boolean }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-100 px-4 py-3">
        <Bar className="h-5 w-40" />
      </div>
      <div className="space-y-3 p-4">
        {tall ? <Bar className="h-56 w-full" /> : null}
        {Array.from({ length: rows }, (_, i) => (
          <Bar key={i} className={`h-4 ${i % 3 === 2 ? "w-2/3" : "w-full"}`} />
        ))}
      </div>
    </div>
  );
}

export function PageSkeleton({
  label,
  variant = "list",
}: {
  label: string;
  variant?: "list" | "dashboard" | "record";
}) {
  return (
    <div role="status" aria-busy="true" aria-label={label} data-skeleton={variant}>
      <span className="sr-only">{label}</span>
      <div aria-hidden>
        <div className="mb-6">
          <Bar className="mb-2 h-8 w-64 max-w-full" />
          <Bar className="h-4 w-96 max-w-full" />
        </div>
        {variant === "dashboard" && (
          <div className="space-y-6">
            <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              {Array.from({ length: 4 }, (_, i) => (
                <div key={i} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <Bar className="h-4 w-24" />
                  <Bar className="mt-2 h-7 w-16" />
                </div>
              ))}
            </div>
            <div className="grid gap-6 lg:grid-cols-2">
              <CardBlock rows={5} />
              <CardBlock rows={5} />
            </div>
            <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
              <CardBlock rows={1} tall />
              <CardBlock rows={6} />
            </div>
          </div>
        )}
        {variant === "list" && (
          <div className="space-y-4">
            <div className="flex flex-wrap gap-2">
              <Bar className="h-10 w-28" />
              <Bar className="h-10 w-36" />
              <Bar className="h-10 w-24" />
            </div>
            <Bar className="h-12 w-full" />
            <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
              {Array.from({ length: 8 }, (_, i) => (
                <div key={i} className="flex items-center gap-4 px-4 py-3">
                  <Bar className="h-4 min-w-0 flex-1" />
                  <Bar className="h-4 w-20 shrink-0 max-sm:hidden" />
                  <Bar className="h-4 w-16 shrink-0" />
                </div>
              ))}
            </div>
          </div>
        )}
        {variant === "record" && (
          <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
            <div className="min-w-0 space-y-6">
              <CardBlock rows={6} />
              <CardBlock rows={4} />
            </div>
            <div className="space-y-6">
              <CardBlock rows={4} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
