import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/translate";

export const deskLink = "text-emerald-800 hover:underline";

/**
 * One card of a desk: a title with the total, up to a handful of rows, an empty state in the
 * user's language, and a "see all" link to the filtered list behind it.
 */
export function DeskCard<T>({
  title,
  count,
  items,
  empty,
  seeAll,
  tone = "slate",
  t,
  children,
}: {
  title: string;
  count: number;
  items: T[];
  empty: string;
  seeAll?: string;
  tone?: BadgeTone;
  t: Translate;
  children: (item: T) => ReactNode;
}) {
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          {title}
          <Badge tone={count ? tone : "slate"}>{count}</Badge>
        </span>
      }
    >
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">{items.map(children)}</ul>
      )}
      {seeAll && count > 0 && (
        <Link href={seeAll} className={`mt-2 inline-block text-sm font-medium ${deskLink}`}>
          {t("dashboard.seeAll", { count })}
        </Link>
      )}
    </Card>
  );
}

/** A desk's heading: the section of one role on the landing page. */
export function DeskSection({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-4" aria-label={title}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
