import type { Actor } from "@/lib/auth/actor";
import { BASELINE_WEEKS } from "@/lib/followers/flag";
import { getIssuePublicInterest } from "@/lib/followers/queries";
import { getT } from "@/lib/i18n/server";

/**
 * On an issue's page inside Mekar: the public's attention to it, and a warning when that interest
 * rises while the owner's updates stall. Nothing for an issue that is not public.
 */
export async function PublicInterestFlag({
  actor,
  regencyId,
  issueId,
}: {
  actor: Actor;
  regencyId: string;
  issueId: string;
}) {
  const [x, t] = await Promise.all([getIssuePublicInterest(actor, regencyId, issueId), getT()]);
  if (!x) return null;
  const views = x.weeks[0].views;
  if (!x.flagged)
    return (
      <p className="text-sm text-slate-600">
        {t("followers.flag.figures", { views, followers: x.followers, shares: x.weeks[0].shares })}
      </p>
    );
  const mean = Math.round(x.weeks.slice(1).reduce((a, w) => a + w.views, 0) / BASELINE_WEEKS);
  return (
    <section role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 className="font-semibold">{t("followers.flag.title")}</h2>
      <p className="mt-0.5">{t("followers.flag.body", { views, mean, followers: x.followers })}</p>
    </section>
  );
}
