import { switchRegencyAction } from "@/lib/auth/actions";

/** Shown when the actor works in several regencies; a plain form, no client code. */
export function RegencySwitcher({
  id = "regency-switch",
  className,
  current,
  options,
  label,
  submitLabel,
}: {
  id?: string;
  className?: string;
  current: string;
  options: { id: string; name: string }[];
  label: string;
  submitLabel: string;
}) {
  if (options.length < 2) return null;
  return (
    <form action={switchRegencyAction} className={`flex min-w-0 items-center gap-2 ${className ?? ""}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        name="regencyId"
        defaultValue={current}
        className="min-w-0 max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50">
        {submitLabel}
      </button>
    </form>
  );
}
