import { switchRegencyAction } from "@/lib/auth/actions";

/** Shown when the actor works in several regencies; a plain form, no client code. */
export function RegencySwitcher({
  current,
  options,
  label,
  submitLabel,
}: {
  current: string;
  options: { id: string; name: string }[];
  label: string;
  submitLabel: string;
}) {
  if (options.length < 2) return null;
  return (
    <form action={switchRegencyAction} className="flex items-center gap-2">
      <label htmlFor="regency-switch" className="sr-only">
        {label}
      </label>
      <select
        id="regency-switch"
        name="regencyId"
        defaultValue={current}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
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
