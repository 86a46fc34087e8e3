import Link from "@/components/ui/link";
import { WideOpenDetails } from "@/components/ui/wide-open-details";
import { inputClassStatic } from "./input-class";
import type { Translate } from "@/lib/i18n/translate";
import { ISSUE_CATEGORIES, ISSUE_SORTS, ISSUE_STAGES, type IssueFilter } from "@/lib/issues/schemas";

type Options = {
  agencies: { id: string; name: string; shortName: string | null }[];
  positions: { id: string; title: string }[];
};

/** Filters that narrow the list, not a sort or a page. */
const NARROWING = [
  "q",
  "stage",
  "category",
  "agency",
  "position",
  "priority",
  "open",
  "stale",
  "escalated",
  "overdue",
  "mine",
] as const;

/** A plain GET form: works without JavaScript, and the URL is the filter (shareable, exportable).
 * On a phone it waits behind a "Saring" disclosure, so the list comes first. */
export function IssueFilters({
  filter,
  options,
  t,
  basePath = "/issues",
  showMine,
}: {
  filter: IssueFilter;
  options: Options;
  t: Translate;
  basePath?: string;
  showMine: boolean;
}) {
  const select = (name: keyof IssueFilter, label: string, opts: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${name}`} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={(filter[name] as string | undefined) ?? ""}
        className={inputClassStatic}
      >
        <option value="">{t("issues.filters.any")}</option>
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const check = (name: keyof IssueFilter, label: string) => (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        name={name}
        value="1"
        defaultChecked={filter[name] === "1"}
        className="h-4 w-4 rounded border-slate-400"
      />
      {label}
    </label>
  );
  const active = NARROWING.filter((k) => filter[k]).length;
  return (
    <WideOpenDetails
      className="group mb-4 rounded-lg border border-slate-200 bg-white"
      summary={
        <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm font-medium text-slate-800">
          <span aria-hidden className="text-xs text-slate-500 transition-transform group-open:rotate-90">
            ▶
          </span>
          {t("issues.filters.toggle")}
          {active > 0 && (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">
              {t("issues.filters.activeCount", { count: active })}
            </span>
          )}
        </summary>
      }
    >
      <form
        method="get"
        action={basePath}
        role="search"
        aria-label={t("issues.filters.title")}
        className="border-t border-slate-200 p-3"
      >
        {filter.triage && <input type="hidden" name="triage" value={filter.triage} />}
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            <label htmlFor="f-q" className="mb-1 block text-xs font-medium text-slate-700">
              {t("issues.filters.q")}
            </label>
            <input
              id="f-q"
              name="q"
              defaultValue={filter.q}
              placeholder={t("issues.filters.qPlaceholder")}
              className={inputClassStatic}
            />
          </div>
          {select(
            "stage",
            t("issues.fields.stage"),
            ISSUE_STAGES.map((s) => ({ value: s, label: t(`issues.stages.${s}`) })),
          )}
          {select(
            "category",
            t("issues.fields.category"),
            ISSUE_CATEGORIES.map((c) => ({ value: c, label: t(`issues.categories.${c}`) })),
          )}
          {select(
            "agency",
            t("issues.fields.agency"),
            options.agencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name })),
          )}
          {select(
            "position",
            t("issues.filters.position"),
            options.positions.map((p) => ({ value: p.id, label: p.title })),
          )}
          {select(
            "priority",
            t("issues.fields.priority"),
            (["high", "medium", "low"] as const).map((p) => ({ value: p, label: t(`issues.priorities.${p}`) })),
          )}
          <div>
            <label htmlFor="f-sort" className="mb-1 block text-xs font-medium text-slate-700">
              {t("issues.filters.sort")}
            </label>
            <select id="f-sort" name="sort" defaultValue={filter.sort ?? ""} className={inputClassStatic}>
              {/* no choice: the best match first when searching, else the newest (lib/issues/list-sql.ts) */}
              <option value="">{t("issues.sorts.auto")}</option>
              {ISSUE_SORTS.filter((s) => s !== "relevance" || filter.q).map((s) => (
                <option key={s} value={s}>
                  {t(`issues.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          {check("open", t("issues.filters.open"))}
          {check("stale", t("issues.filters.stale"))}
          {check("escalated", t("issues.filters.escalated"))}
          {check("overdue", t("issues.filters.overdue"))}
          {showMine && check("mine", t("issues.filters.mine"))}
          <div className="ml-auto flex gap-2">
            <Link
              href={filter.triage ? `${basePath}?triage=${filter.triage}` : basePath}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 hover:bg-slate-50"
            >
              {t("issues.filters.reset")}
            </Link>
            <button className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">
              {t("issues.filters.apply")}
            </button>
          </div>
        </div>
      </form>
    </WideOpenDetails>
  );
}
