"use client";
import { useId, type ReactNode } from "react";
import { useFormStateContext } from "./action-form";

export const inputClass =
  "block w-full max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-emerald-600 focus:outline-2 focus:outline-emerald-600 aria-[invalid=true]:border-red-600";

type Common = { name: string; label: string; hint?: string; required?: boolean; className?: string };

/**
 * A field's id, its errors, and what the user sent in it when the form was refused: `echoedAll` is
 * every value sent under the name ([] when none was: an unticked checkbox), `echoed` the first.
 * Both are undefined while nothing was refused, so the field shows its default.
 *
 * React resets an uncontrolled form after every action, to each field's *default*: a text field's
 * default follows its `defaultValue` prop, a checkbox's follows `defaultChecked`, but a select's
 * options keep the default they were mounted with. So a select is remounted (`key`) whenever what it
 * should show changes; the same echo serves every kind of field.
 */
export function useField(name: string) {
  const state = useFormStateContext();
  const id = useId();
  // a list field's inputs are named "issueIds[]"; the server names its errors "issueIds"
  const errors = state.fieldErrors?.[name] ?? state.fieldErrors?.[name.replace(/\[\]$/, "")];
  const echoedAll = state.status === "error" && state.values ? (state.values[name] ?? []) : undefined;
  return { id, errors, echoedAll, echoed: echoedAll?.[0] };
}

export function Wrapper({
  id,
  label,
  hint,
  errors,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      {hint && !errors?.length && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  required,
  className,
  type = "text",
  defaultValue,
  ...rest
}: Common & {
  type?: string;
  defaultValue?: string | number | null;
  placeholder?: string;
  autoComplete?: string;
  min?: string | number;
  max?: string | number;
  step?: string | number;
  maxLength?: number;
}) {
  const { id, errors, echoed } = useField(name);
  return (
    <Wrapper id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        defaultValue={type === "password" ? undefined : (echoed ?? defaultValue ?? undefined)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
        {...rest}
      />
    </Wrapper>
  );
}

export function TextArea({
  name,
  label,
  hint,
  required,
  className,
  defaultValue,
  rows = 4,
  maxLength,
}: Common & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  const { id, errors, echoed } = useField(name);
  return (
    <Wrapper id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        defaultValue={echoed ?? defaultValue ?? undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
      />
    </Wrapper>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  defaultValue,
  options,
  placeholder,
}: Common & {
  defaultValue?: string | null;
  options: { value: string; label: string; group?: string }[];
  placeholder?: string;
}) {
  const { id, errors, echoed } = useField(name);
  const shown = echoed ?? defaultValue ?? "";
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (opts: typeof options) =>
    opts.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <Wrapper id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <select
        key={`${echoed === undefined ? "default" : "echoed"}:${shown}`}
        id={id}
        name={name}
        required={required}
        defaultValue={shown}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups.length > 1 || groups[0]
          ? groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(options.filter((o) => (o.group ?? "") === g))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </Wrapper>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
  value = "on",
  className,
}: Omit<Common, "required"> & { defaultChecked?: boolean; value?: string }) {
  const { id, errors, echoedAll } = useField(name);
  const checked = echoedAll ? echoedAll.includes(value) : !!defaultChecked;
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          className="h-4 w-4 rounded border-slate-400 text-emerald-700 focus:outline-emerald-600"
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
      {errors?.map((e) => (
        <p key={e} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

/**
 * Several checkboxes under one name (each ticked one sends its value; "name[]" names arrive as a
 * list even with one ticked): a refused form shows exactly the ones the user ticked.
 */
export function CheckboxGroupField({
  name,
  legend,
  hint,
  options,
  defaultValues = [],
  empty,
  className,
  listClassName = "max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2",
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues?: readonly string[];
  /** Shown instead of the list when there is nothing to choose. */
  empty?: string;
  className?: string;
  listClassName?: string;
}) {
  const { id, errors, echoedAll } = useField(name);
  const ticked = new Set(echoedAll ?? defaultValues);
  return (
    <fieldset className={className} aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="mb-1 block text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 && empty !== undefined ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <div className={listClassName}>
          {options.map((o) => (
            <label key={o.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={ticked.has(o.value)}
                className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400"
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
      {hint && !errors?.length && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </fieldset>
  );
}

export function HiddenField({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
