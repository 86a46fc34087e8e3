import Link from "@/components/ui/link";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPublicIssues } from "@/lib/issues/public-queries";

// The regency's public issues with links to their public timelines, for the public regency
// page (/r/<slug>). Public fields only; a server component (no client JavaScript).
export async function PublicIssueList({
  regencyId,
  regencySlug,
  timeZone,
}: {
  regencyId: string;
  regencySlug: string;
  timeZone: string;
}) {
  const [issues, t, locale] = await Promise.all([listPublicIssues(regencyId), getT(), getLocale()]);
  if (!issues.length) return null;
  return (
    <section aria-labelledby="public-issues" className="mt-8">
      <h2 id="public-issues" className="mb-3 text-lg font-semibold text-slate-900">
        {t("issues.title")}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {issues.map((i) => (
          <li key={i.number} className="p-3">
            <Link href={`/r/${regencySlug}/isu/${i.number}`} className="font-medium text-emerald-800 hover:underline">
              {i.title}
            </Link>
            <p className="mt-1 text-xs text-slate-600">
              {t(`issues.categories.${i.category}`)} · {t(`issues.stages.${i.stage}`)} · {i.percentDone}% ·{" "}
              {formatDate(i.updatedAt, locale, timeZone)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
