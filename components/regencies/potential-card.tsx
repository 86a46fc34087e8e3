import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PotentialRow } from "@/lib/regencies/queries";

const STATUS_TONE = { identified: "slate", studied: "blue", being_developed: "green" } as const;

/** One regional potential as a list item with its linked issues; `children` are the manager's forms. */
export function PotentialCard({
  potential: p,
  t,
  locale,
  children,
}: {
  potential: PotentialRow;
  t: Translate;
  locale: Locale;
  children?: ReactNode;
}) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <div className="text-xs font-medium uppercase tracking-wide text-slate-600">{p.sector}</div>
          <h3 className="font-medium text-slate-900">{p.title}</h3>
        </div>
        <Badge tone={STATUS_TONE[p.status]}>{t(`regencies.potentialStatus.${p.status}`)}</Badge>
      </div>
      {p.description && <p className="mt-1 text-sm text-slate-700">{p.description}</p>}
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">{t("regencies.potentials.estimatedValue")}: </dt>
          <dd className="inline">{p.estimatedValue !== null ? `Rp${formatNumber(p.estimatedValue, locale)}` : "—"}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">{t("regencies.potentials.evidence")}: </dt>
          <dd className="inline">{p.evidence ?? "—"}</dd>
        </div>
      </dl>
      <div className="mt-2 text-sm">
        <span className="text-slate-600">{t("regencies.potentials.issues")}: </span>
        {p.issueLinks.length === 0
          ? "—"
          : p.issueLinks.map((l, i) => (
              <span key={l.issue.id}>
                {i > 0 && ", "}
                <Link href={`/issues/${l.issue.id}`} className="text-emerald-800 hover:underline">
                  ISU-{l.issue.number} {l.issue.title}
                </Link>
              </span>
            ))}
      </div>
      {children}
    </li>
  );
}
