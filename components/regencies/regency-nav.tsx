import Link from "@/components/ui/link";
import type { Translate } from "@/lib/i18n/translate";
import type { RegencyProfile } from "@/lib/regencies/queries";

const TABS = [
  { path: "", key: "regencies.tabs.profile" },
  { path: "/leadership", key: "regencies.tabs.leadership" },
  { path: "/agencies", key: "regencies.tabs.agencies" },
  { path: "/milestones", key: "regencies.tabs.milestones" },
  { path: "/obligations", key: "regencies.tabs.obligations" },
  { path: "/potentials", key: "regencies.tabs.potentials" },
] as const;

/** The regency's sections; the current one is marked for screen readers too. */
export function RegencyNav({
  slug,
  current,
  t,
}: {
  slug: string;
  current: (typeof TABS)[number]["path"];
  t: Translate;
}) {
  return (
    <nav aria-label={t("regencies.tabs.label")} className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {TABS.map((tab) => {
          const active = tab.path === current;
          return (
            <li key={tab.path}>
              <Link
                href={`/regencies/${slug}${tab.path}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-emerald-700 text-emerald-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The breadcrumb of a regency's sub-page: back to its profile. */
export function RegencyBreadcrumb({
  regency,
  t,
}: {
  regency: Pick<RegencyProfile, "slug" | "kind" | "name">;
  t: Translate;
}) {
  return (
    <Link href={`/regencies/${regency.slug}`} className="hover:underline">
      {t(`regencyKind.${regency.kind}`)} {regency.name}
    </Link>
  );
}
