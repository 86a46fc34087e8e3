import Link from "@/components/ui/link";
import type { Actor } from "@/lib/auth/actor";
import { Card } from "@/components/ui/card";
import { aspirationsForIssues } from "@/lib/aspirations/queries";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

/** Beside a publication draft: what citizens said about the draft's issues (no personal data). */
export async function DraftAspirations({
  actor,
  regencyId,
  issueIds,
  timeZone,
}: {
  actor: Actor;
  regencyId: string;
  issueIds: string[];
  timeZone: string;
}) {
  const [rows, t, locale] = await Promise.all([aspirationsForIssues(actor, regencyId, issueIds), getT(), getLocale()]);
  if (!rows.length) return null;
  return (
    <Card title={t("aspirations.draftTitle")}>
      <ul className="space-y-3 text-sm">
        {rows.map((a) => (
          <li key={a.id}>
            <p className="text-xs text-slate-600">
              ISU-{a.issue?.number} · {t(`aspirations.categories.${a.category}`)} ·{" "}
              {t(`aspirations.statuses.${a.status}`)} · {formatDate(a.createdAt, locale, timeZone)}
            </p>
            <p className="line-clamp-3 text-slate-800">{a.text}</p>
            <Link href={`/aspirations/${a.id}`} className="text-xs text-emerald-800 underline">
              {a.code}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
