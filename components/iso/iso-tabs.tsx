import { NavLink } from "@/components/layout/nav-link";
import type { Translate } from "@/lib/i18n/translate";

/** The ISO sections, one per record type: the strip wraps, so every tab shows at any width. */
export function IsoTabs({ t }: { t: Translate }) {
  const tabs = [
    { href: "/iso/nonconformities", label: t("iso.sections.nonconformities") },
    { href: "/iso/assessments", label: t("iso.sections.assessments") },
    { href: "/iso/audits", label: t("iso.sections.audits") },
    { href: "/iso/documents", label: t("iso.sections.documents") },
    { href: "/iso/objectives", label: t("iso.sections.objectives") },
    { href: "/iso/risks", label: t("iso.sections.risks") },
    { href: "/iso/changes", label: t("iso.sections.changes") },
    { href: "/iso/reviews", label: t("iso.sections.reviews") },
  ];
  return (
    <nav aria-label={t("iso.title")} className="mb-6" data-no-print>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <NavLink href={tab.href} label={tab.label} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
