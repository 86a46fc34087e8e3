import type { Translate } from "@/lib/i18n/translate";

export type LineageItem = {
  id: string;
  slug: string;
  name: string;
  kind: "kabupaten" | "kota";
  formationLaw: string | null;
  formationYear: number | null;
  parentId: string | null;
  depth: number;
};

/**
 * The parent chain above and every regency split from this one below, as nested lists
 * (generations indent). Links go to each regency's public page.
 */
export function LineageTree({
  nodes,
  currentId,
  currentName,
  t,
  hrefFor,
}: {
  nodes: LineageItem[];
  currentId: string;
  currentName: string;
  t: Translate;
  hrefFor: (slug: string) => string;
}) {
  const ancestors = nodes.filter((n) => n.depth < 0).sort((a, b) => a.depth - b.depth);
  const descendants = nodes.filter((n) => n.depth > 0);
  const label = (n: LineageItem) => `${t(`regencyKind.${n.kind}`)} ${n.name}`;
  const law = (n: LineageItem) =>
    n.formationLaw ? <span className="text-xs text-slate-600"> · {n.formationLaw}</span> : null;
  const children = (parentId: string): React.ReactNode => {
    const kids = descendants.filter((n) => n.parentId === parentId);
    if (!kids.length) return null;
    return (
      <ul className="ml-4 mt-1 space-y-1 border-l border-slate-200 pl-3">
        {kids.map((k) => (
          <li key={k.id}>
            <a href={hrefFor(k.slug)} className="text-emerald-800 hover:underline">
              {label(k)}
            </a>
            {law(k)}
            {children(k.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <div className="text-sm">
      {ancestors.length === 0 && <p className="mb-2 text-slate-600">{t("regencies.lineage.noParent")}</p>}
      <ul className="space-y-1">
        {ancestors.map((a) => (
          <li key={a.id}>
            <span className="text-slate-600">{t("regencies.lineage.parent")}: </span>
            <a href={hrefFor(a.slug)} className="text-emerald-800 hover:underline">
              {label(a)}
            </a>
            {law(a)}
          </li>
        ))}
        <li>
          <strong aria-current="true">{currentName}</strong>
          {children(currentId)}
        </li>
      </ul>
      {descendants.length === 0 && <p className="mt-2 text-slate-600">{t("regencies.lineage.noChildren")}</p>}
    </div>
  );
}
