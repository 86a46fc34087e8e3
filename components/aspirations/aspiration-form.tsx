import { randomUUID } from "node:crypto";
import { inputClassStatic } from "@/components/issues/input-class";
import { ASPIRATION_CATEGORIES } from "@/lib/aspirations/schemas";
import type { Translate } from "@/lib/i18n/translate";

export type AspirationFormState = {
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

/**
 * The public aspiration form: a plain multipart post to a route handler (no client JavaScript),
 * so it works on any phone. A refused post comes back to /r/<slug>/aspirasi with `state`: the
 * message, each field's errors, and what was typed. `website` is the honeypot: hidden from people
 * (and screen readers), filled only by bots.
 */
export function AspirationForm({
  regencySlug,
  issueNumber,
  t,
  state,
  firstResponseDays,
}: {
  regencySlug: string;
  issueNumber?: number;
  t: Translate;
  state?: AspirationFormState | null;
  firstResponseDays: number;
}) {
  const v = state?.values ?? {};
  const errors = (name: string) => state?.fieldErrors[name] ?? [];
  const field = (name: string, label: string, input: React.ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`asp-${name}`} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {input}
      {hint && !errors(name).length && (
        <p id={`asp-${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors(name).map((e) => (
        <p key={e} id={`asp-${name}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
  const aria = (name: string, hint = false) => ({
    id: `asp-${name}`,
    name,
    "aria-invalid": errors(name).length ? true : undefined,
    "aria-describedby": errors(name).length ? `asp-${name}-error` : hint ? `asp-${name}-hint` : undefined,
  });
  return (
    <form
      id="kirim"
      method="post"
      action={`/r/${regencySlug}/aspirasi/kirim`}
      encType="multipart/form-data"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("aspirations.public.formTitle")}
    >
      {state?.message && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <input type="hidden" name="idempotencyKey" value={randomUUID()} />
      {issueNumber && <input type="hidden" name="issue" value={issueNumber} />}
      {field(
        "category",
        t("aspirations.fields.category"),
        <select {...aria("category")} defaultValue={v.category ?? "aspirasi"} required className={inputClassStatic}>
          {ASPIRATION_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`aspirations.categories.${c}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        "text",
        t("aspirations.fields.text"),
        <textarea
          {...aria("text", true)}
          required
          minLength={10}
          maxLength={4000}
          rows={5}
          defaultValue={v.text ?? ""}
          className={inputClassStatic}
        />,
        t("aspirations.public.textHint"),
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          "senderName",
          t("aspirations.fields.senderNameOptional"),
          <input
            {...aria("senderName")}
            maxLength={120}
            autoComplete="name"
            defaultValue={v.senderName ?? ""}
            className={inputClassStatic}
          />,
        )}
        {field(
          "senderContact",
          t("aspirations.fields.senderContactOptional"),
          <input
            {...aria("senderContact", true)}
            maxLength={160}
            autoComplete="email"
            defaultValue={v.senderContact ?? ""}
            className={inputClassStatic}
          />,
          t("aspirations.public.contactHint"),
        )}
      </div>
      {field(
        "photo",
        t("aspirations.fields.photoOptional"),
        <input
          {...aria("photo", true)}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          className="block w-full max-w-full text-sm text-slate-700"
        />,
        t("aspirations.public.photoHint"),
      )}
      <div className="hidden" aria-hidden="true">
        <label htmlFor="asp-website">{t("aspirations.public.honeypot")}</label>
        <input id="asp-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="text-xs text-slate-600">{t("aspirations.public.privacy", { days: firstResponseDays })}</p>
      <button
        type="submit"
        className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
      >
        {t("aspirations.public.send")}
      </button>
    </form>
  );
}
