import type { PublicAspiration } from "@/lib/aspirations/public-queries";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

const STEPS = ["received", "verified", "forwarded", "answered", "closed"] as const;

/** The status page's body: the code, the steps reached, the history and the answers. No personal data. */
export function AspirationStatusView({
  a,
  t,
  locale,
  fresh,
}: {
  a: PublicAspiration;
  t: Translate;
  locale: Locale;
  fresh: boolean;
}) {
  const zone = a.regency.timeZone;
  const reached = a.status === "rejected" ? -1 : STEPS.indexOf(a.status as (typeof STEPS)[number]);
  return (
    <div className="space-y-6">
      {fresh && (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
          <p className="font-semibold">{t("aspirations.public.sent")}</p>
          <p className="mt-1">{t("aspirations.public.keepCode")}</p>
        </div>
      )}
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("aspirations.public.statusTitle")}</h1>
        <p className="mt-2 text-sm text-slate-700">
          {t("aspirations.public.code")}:{" "}
          <strong className="font-mono text-lg tracking-wider text-slate-900" data-testid="tracking-code">
            {a.code}
          </strong>
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {t(`aspirations.categories.${a.category}`)} · {t("aspirations.public.sentOn")}{" "}
          {formatDate(a.createdAt, locale, zone)}
          {a.issue?.isPublic && (
            <>
              {" "}
              ·{" "}
              <a href={`/r/${a.regency.slug}/isu/${a.issue.number}`} className="text-emerald-800 underline">
                {a.issue.title}
              </a>
            </>
          )}
        </p>
      </div>
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-lg text-slate-900">
        {t("aspirations.public.statusNow")}: <strong>{t(`aspirations.statuses.${a.status}`)}</strong>
        {a.forwardedAgency && a.status === "forwarded" ? ` — ${a.forwardedAgency.name}` : ""}
      </p>
      {a.status === "rejected" && a.rejectReason && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="font-semibold">{t("aspirations.public.rejectReason")}</p>
          <p className="mt-1 whitespace-pre-line">{a.rejectReason}</p>
        </div>
      )}
      {reached >= 0 && (
        <ol className="flex flex-wrap gap-2 text-xs" aria-label={t("aspirations.public.steps")}>
          {STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={i === reached ? "step" : undefined}
              className={`rounded-full px-3 py-1 ${i <= reached ? "bg-emerald-700 text-white" : "bg-slate-200 text-slate-700"}`}
            >
              {t(`aspirations.statuses.${s}`)}
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="riwayat">
        <h2 id="riwayat" className="mb-3 text-lg font-semibold text-slate-900">
          {t("aspirations.public.history")}
        </h2>
        <ol className="space-y-3">
          {a.events.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <p className="text-xs text-slate-600">
                {formatDateTime(e.createdAt, locale, zone)}
                {e.agencyName ? ` · ${e.agencyName}` : ""}
              </p>
              {e.kind === "answer" ? (
                <>
                  <p className="font-semibold text-slate-900">
                    {t("aspirations.public.answer")}{" "}
                    <span className="font-normal text-slate-600">
                      ({e.isPublic ? t("aspirations.answer.public") : t("aspirations.answer.private")})
                    </span>
                  </p>
                  <p className="mt-1 whitespace-pre-line text-slate-800">{e.body}</p>
                </>
              ) : (
                <p className="font-medium text-slate-900">
                  {t(`aspirations.statuses.${e.status ?? "received"}`)}
                  {e.status === "forwarded" && e.agencyName ? ` — ${e.agencyName}` : ""}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">{t("aspirations.public.yourText")}</summary>
        <p className="mt-2 whitespace-pre-line text-slate-800">{a.text}</p>
      </details>
    </div>
  );
}
