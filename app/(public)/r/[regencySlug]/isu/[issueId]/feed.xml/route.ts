import { connection } from "next/server";
import { countFeedFetch } from "@/lib/followers/attention";
import { getPublicIssueFeed } from "@/lib/followers/public-queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { getT } from "@/lib/i18n/server";
import { atomFeed, type AtomEntry } from "@/lib/publications/atom";
import { clientIpFrom } from "@/lib/request-context";

type Ctx = { params: Promise<{ regencySlug: string; issueId: string }> };

// A public issue's own Atom feed: its public notes and the published pieces linked to it (public
// fields only, escaped). Each fetch counts its reader once a day (no address kept).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const { regencySlug, issueId } = await params;
  const issue = /^[1-9]\d{0,8}$/.test(issueId) ? await getPublicIssueFeed(regencySlug, Number(issueId)) : null;
  if (!issue) return new Response("Not found", { status: 404 });
  const [t, origin] = await Promise.all([getT(), publicOrigin()]);
  await countFeedFetch(
    { regencyId: issue.regencyId, issueId: issue.id },
    clientIpFrom(request.headers),
    request.headers.get("user-agent")?.slice(0, 300) ?? null,
  );
  const regencyName = `${t(`regencyKind.${issue.regency.kind}`)} ${issue.regency.name}`;
  const base = `${origin}/r/${issue.regency.slug}`;
  const page = `${base}/isu/${issue.number}`;
  const notes: AtomEntry[] = issue.updates.map((u) => ({
    id: `${page}#update-${u.id}`,
    title: u.body.trim()
      ? `${t("issues.number", { number: issue.number })}: ${u.body.trim().split("\n")[0].slice(0, 120)}`
      : `${t("issues.number", { number: issue.number })}: ${t(u.toStage ? `issues.stages.${u.toStage}` : "followers.feed.update")}`,
    link: page,
    summary: u.body,
    published: u.createdAt,
    updated: u.createdAt,
    author: regencyName,
  }));
  const pieces: AtomEntry[] = issue.publicationLinks.flatMap(({ publication: p }) =>
    p.versions.map((v) => ({
      id: `${base}/${p.slug}`,
      title: v.title,
      link: `${base}/${p.slug}`,
      summary: v.summary,
      published: p.firstPublishAt ?? v.publishAt,
      updated: v.publishAt,
      author: regencyName,
    })),
  );
  const entries = [...notes, ...pieces].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const xml = atomFeed({
    id: `${page}/feed.xml`,
    title: t("followers.feed.title", { number: issue.number, title: issue.title, regency: regencyName }),
    link: page,
    selfLink: `${page}/feed.xml`,
    lang: "id",
    updated: entries[0]?.updated ?? new Date(0),
    entries,
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
