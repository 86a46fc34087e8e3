import { getResponsiveness } from "@/lib/aspirations/public-queries";
import { getAspirationFormTarget } from "@/lib/aspirations/public-queries";
import { inputClassStatic } from "@/components/issues/input-class";
import { getLocale, getT } from "@/lib/i18n/server";
import { AspirationForm } from "./aspiration-form";
import { ResponsivenessFacts } from "./responsiveness";

/**
 * "Sampaikan aspirasi" on a public regency page (with how fast the regency answers) or on a
 * public issue (about that issue): the form, and the box to look a tracking code up. No client JS.
 */
export async function AspirationSection({ regencySlug, issueNumber }: { regencySlug: string; issueNumber?: number }) {
  const [target, t, locale] = await Promise.all([getAspirationFormTarget(regencySlug), getT(), getLocale()]);
  if (!target) return null;
  const speed = issueNumber ? null : (await getResponsiveness([regencySlug])).get(regencySlug);
  return (
    <section aria-labelledby="aspirasi" className="mt-8 space-y-4">
      <div>
        <h2 id="aspirasi" className="text-lg font-semibold text-slate-900">
          {issueNumber ? t("aspirations.public.titleIssue") : t("aspirations.public.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("aspirations.public.intro")}</p>
      </div>
      {!issueNumber && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("aspirations.speed.title")}</h3>
          <ResponsivenessFacts r={speed ?? undefined} t={t} locale={locale} />
        </div>
      )}
      <AspirationForm
        regencySlug={regencySlug}
        issueNumber={issueNumber}
        t={t}
        firstResponseDays={target.regency.aspirationFirstResponseDays}
      />
      <form method="get" action={`/r/${regencySlug}/aspirasi`} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`kode-${issueNumber ?? "r"}`} className="mb-1 block text-sm font-medium text-slate-800">
            {t("aspirations.public.lookup")}
          </label>
          <input
            id={`kode-${issueNumber ?? "r"}`}
            name="kode"
            required
            maxLength={20}
            placeholder="K7M2-QX9D-3FHP"
            autoComplete="off"
            className={inputClassStatic}
          />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800">
          {t("aspirations.public.lookupButton")}
        </button>
      </form>
    </section>
  );
}
