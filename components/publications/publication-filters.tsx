import Link from "@/components/ui/link";
import type { Translate } from "@/lib/i18n/translate";
import { PUBLICATION_STATUSES } from "@/lib/publications/schemas";

type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

const pill = (active: boolean) =>
  `rounded-full px-3 py-1 text-sm ring-1 ${active ? "bg-emerald-700 text-white ring-emerald-700" : "bg-white text-slate-800 ring-slate-300"}`;
const tab = (status?: string) => `/publications${status ? `?status=${status}` : ""}`;

/** Status tabs with their counts, and a title search that keeps the chosen tab. */
export function PublicationFilters({
  status,
  q,
  counts,
  t,
}: {
  status?: PublicationStatus;
  q?: string;
  counts: Record<PublicationStatus, number>;
  t: Translate;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <Link href={tab()} aria-current={!status ? "page" : undefined} className={pill(!status)}>
        {t("publications.allPieces")}
      </Link>
      {PUBLICATION_STATUSES.map((s) => (
        <Link key={s} href={tab(s)} aria-current={status === s ? "page" : undefined} className={pill(status === s)}>
          {t(`publications.statuses.${s}`)} ({counts[s]})
        </Link>
      ))}
      <form className="ml-auto flex gap-2" role="search">
        {status && <input type="hidden" name="status" value={status} />}
        <label htmlFor="q" className="sr-only">
          {t("publications.fields.search")}
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder={t("publications.fields.search")}
          className="w-48 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {t("common.search")}
        </button>
      </form>
    </div>
  );
}
