"use client";
import { useField } from "@/components/forms/field";

/**
 * One leadership role scored 1–5 as five radio buttons (a plain form without JavaScript; on a
 * phone each button is a finger-sized target). A refused form shows the score the user chose.
 */
export function RoleScoreField({
  name,
  label,
  description,
  required,
}: {
  name: string;
  label: string;
  description: string;
  required?: boolean;
}) {
  const { id, errors, echoed } = useField(name);
  return (
    <fieldset
      key={echoed ?? "default"}
      className="min-w-0 rounded-md border border-slate-200 p-3"
      aria-describedby={`${id}-desc${errors?.length ? ` ${id}-error` : ""}`}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </legend>
      <p id={`${id}-desc`} className="mb-2 text-xs text-slate-600">
        {description}
      </p>
      <div className="grid max-w-xs grid-cols-5 gap-1.5">
        {[1, 2, 3, 4, 5].map((v) => (
          <label
            key={v}
            className="flex min-h-11 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-300 px-1 text-sm has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-emerald-600"
          >
            <input
              type="radio"
              name={name}
              value={v}
              defaultChecked={echoed === String(v)}
              className="h-4 w-4 accent-emerald-700"
            />
            {v}
          </label>
        ))}
      </div>
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </fieldset>
  );
}
