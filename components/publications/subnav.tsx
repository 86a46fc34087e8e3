import Link from "@/components/ui/link";
import type { Translate } from "@/lib/i18n/translate";

const ITEMS = [
  ["/publications", "pieces"],
  ["/publications/review", "review"],
  ["/publications/narrative", "narrative"],
  ["/publications/media", "media"],
  ["/publications/stakeholders", "stakeholders"],
  ["/publications/network", "network"],
] as const;

/** The humas section's own tabs (server-rendered links; the current one is marked); the strip wraps on a phone. */
export function PublicationsSubnav({ t, current }: { t: Translate; current: (typeof ITEMS)[number][1] }) {
  return (
    <nav aria-label={t("publications.title")} className="mb-5">
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200">
        {ITEMS.map(([href, key]) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm ${key === current ? "border-emerald-700 font-semibold text-emerald-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
            >
              {t(`publications.subnav.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
