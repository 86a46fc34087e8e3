import { headers } from "next/headers";
import { after } from "next/server";
import { countView } from "@/lib/followers/attention";
import { findPublicTarget } from "@/lib/followers/public-queries";
import { followTargetSchema } from "@/lib/followers/schemas";
import { getT } from "@/lib/i18n/server";

/**
 * "Follow by email" on a public page (regency, public issue, published piece): a plain form that
 * works without JavaScript, the page's feed and its WhatsApp share link (through the counting
 * redirect). On the regency and issue pages it also counts the view, after the response, without
 * a cookie and without keeping anything about the reader. A server component.
 */
export async function PublicFollow({
  regencySlug,
  target,
  countView: shouldCount = true,
}: {
  regencySlug: string;
  /** "regency" | "issue:<number>" | "piece:<slug>" */
  target: string;
  countView?: boolean;
}) {
  const parsed = followTargetSchema.safeParse(target);
  const found = parsed.success ? await findPublicTarget(regencySlug, parsed.data) : null;
  if (!parsed.success || !found) return null;
  const [t, h] = await Promise.all([getT(), headers()]);
  if (shouldCount && parsed.data.kind !== "piece") {
    const userAgent = h.get("user-agent");
    after(() => countView({ regencyId: found.regencyId, issueId: found.issueId }, userAgent));
  }
  const kind = parsed.data.kind;
  const feed = kind === "piece" ? `/r/${regencySlug}/feed.xml` : `${found.path}/feed.xml`;
  const id = `follow-${kind}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-emerald-200 bg-emerald-50/60 p-4 sm:p-5">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {t(`followers.form.title.${kind}`)}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("followers.form.intro")}</p>
      <form method="post" action={`/r/${regencySlug}/ikuti`} className="mt-3 space-y-3">
        <input type="hidden" name="target" value={target} />
        <div>
          <label htmlFor={`${id}-email`} className="block text-sm font-medium text-slate-800">
            {t("followers.form.email")}
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={200}
            autoComplete="email"
            inputMode="email"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm sm:max-w-sm"
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("followers.form.mode")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="mode" value="now" defaultChecked /> {t("followers.form.modeNow")}
            </label>
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="mode" value="weekly" /> {t("followers.form.modeWeekly")}
            </label>
          </div>
        </fieldset>
        {/* a honeypot: people do not see it and leave it empty */}
        <div aria-hidden className="hidden">
          <label>
            Website <input type="text" name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <button
          type="submit"
          className="rounded-md bg-emerald-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-emerald-800"
        >
          {t("followers.form.submit")}
        </button>
        <p className="text-xs text-slate-600">{t("followers.form.privacy")}</p>
      </form>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={feed} className="text-emerald-800 underline">
          {t("followers.form.feed")}
        </a>
        {kind !== "piece" && (
          <a href={`${found.path}/share`} rel="nofollow" className="text-emerald-800 underline">
            {t("followers.form.shareWhatsApp")}
          </a>
        )}
      </p>
    </section>
  );
}
