import { connection } from "next/server";
import { getT } from "@/lib/i18n/server";
import { getPublicIssue } from "@/lib/issues/public-queries";
import { shareCard } from "@/lib/publications/share-card";
import { getCardRegency } from "@/lib/regencies/public-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

// The share card of a public issue: its title, stage and progress (public fields only).
export async function GET(_req: Request, { params }: { params: Promise<{ regencySlug: string; issueId: string }> }) {
  await connection();
  const { regencySlug, issueId } = await params;
  if (!SLUG.test(regencySlug)) return new Response("Not found", { status: 404 });
  const [issue, regency] = await Promise.all([
    getPublicIssue(regencySlug, Number(issueId)),
    getCardRegency(regencySlug),
  ]);
  if (!issue || !regency) return new Response("Not found", { status: 404 });
  const t = await getT();
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  return shareCard({
    kicker: `${t(`issues.stages.${issue.stage}`)} · ${issue.percentDone}%`,
    title: issue.title,
    regency: { ...regency, name },
    footer: `mekar · /r/${regency.slug}/isu/${issue.number}`,
  });
}
