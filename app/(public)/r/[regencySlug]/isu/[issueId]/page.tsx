import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicFollow } from "@/components/followers/public-follow";
import { AspirationSection } from "@/components/aspirations/aspiration-section";
import { IssueTimeline } from "@/components/issues/issue-timeline";
import { Markdown } from "@/components/ui/markdown";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPublicIssue } from "@/lib/issues/public-queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { SHARE_CARD, shareMetadata } from "@/lib/publications/share-metadata";

type Params = { params: Promise<{ regencySlug: string; issueId: string }> };

async function load({ params }: Params) {
  await connection();
  const { regencySlug, issueId } = await params;
  return getPublicIssue(regencySlug, Number(issueId));
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const issue = await load(props);
  if (!issue) return {};
  const [t, origin] = await Promise.all([getT(), publicOrigin()]);
  const regencyName = `${t(`regencyKind.${issue.regency.kind}`)} ${issue.regency.name}`;
  const url = `${origin}/r/${issue.regency.slug}/isu/${issue.number}`;
  return shareMetadata({
    title: `${issue.title} — ${regencyName}`,
    description: t("issues.publicMeta", {
      regency: regencyName,
      stage: t(`issues.stages.${issue.stage}`),
      percent: issue.percentDone,
    }),
    url,
    siteName: `Mekar · ${regencyName}`,
    image: { url: `${url}/card.png`, alt: issue.title, ...SHARE_CARD },
    feedUrl: `${url}/feed.xml`,
  });
}

/** A public issue and its public timeline: no login, public fields only, no client JavaScript of ours. */
export default async function PublicIssuePage(props: Params) {
  const issue = await load(props);
  if (!issue) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-2 text-sm">
        <Link href={`/r/${issue.regency.slug}`} className="text-emerald-800 hover:underline">
          {t(`regencyKind.${issue.regency.kind}`)} {issue.regency.name}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{issue.title}</h1>
      <p className="mt-1 text-sm text-slate-700">
        {t(`issues.categories.${issue.category}`)} · {t("issues.fields.stage")}: {t(`issues.stages.${issue.stage}`)} ·{" "}
        {t("issues.fields.percentDone")}: {issue.percentDone}%{issue.agency && <> · {issue.agency.name}</>}
        {issue.dueDate && (
          <>
            {" "}
            · {t("issues.fields.dueDate")}: {formatDate(issue.dueDate, locale, issue.regency.timeZone)}
          </>
        )}
      </p>
      <div aria-hidden className="mt-3 h-2 w-full rounded bg-slate-200">
        <div className="h-2 rounded bg-emerald-700" style={{ width: `${issue.percentDone}%` }} />
      </div>
      {issue.description && (
        <section className="mt-6">
          <Markdown>{issue.description}</Markdown>
        </section>
      )}
      <div className="mt-8">
        <PublicFollow regencySlug={issue.regency.slug} target={`issue:${issue.number}`} />
      </div>
      <section className="mt-8" aria-labelledby="timeline">
        <h2 id="timeline" className="mb-3 text-lg font-semibold text-slate-900">
          {t("issues.timeline.title")}
        </h2>
        <IssueTimeline
          timeZone={issue.regency.timeZone}
          entries={issue.updates.map((u) => ({ ...u, isPublic: true }))}
          t={t}
          locale={locale}
          internal={false}
        />
      </section>
      <AspirationSection regencySlug={issue.regency.slug} issueNumber={issue.number} />
    </main>
  );
}
