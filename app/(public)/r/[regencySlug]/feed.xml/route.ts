import { connection } from "next/server";
import { countFeedFetch } from "@/lib/followers/attention";
import { clientIpFrom } from "@/lib/request-context";
import { getT } from "@/lib/i18n/server";
import { atomFeed } from "@/lib/publications/atom";
import { publicOrigin } from "@/lib/http/public-origin";
import { getPublicRegency, listFeedEntries } from "@/lib/publications/public-queries";

// The regency's Atom feed: published, not withdrawn pieces (public fields only, escaped).
export async function GET(request: Request, { params }: { params: Promise<{ regencySlug: string }> }) {
  await connection();
  const { regencySlug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(regencySlug)) return new Response("Not found", { status: 404 });
  const regency = await getPublicRegency(regencySlug);
  if (!regency) return new Response("Not found", { status: 404 });
  const [entries, t, origin] = await Promise.all([listFeedEntries(regency.id), getT(), publicOrigin()]);
  await countFeedFetch({ regencyId: regency.id }, clientIpFrom(request.headers), request.headers.get("user-agent"));
  const base = `${origin}/r/${regency.slug}`;
  const regencyName = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  const xml = atomFeed({
    id: `${base}/feed.xml`,
    title: t("publications.public.feedTitle", { regency: regencyName }),
    link: base,
    selfLink: `${base}/feed.xml`,
    lang: "id",
    updated: entries.reduce((max, e) => (e.current.publishAt > max ? e.current.publishAt : max), new Date(0)),
    entries: entries.map((e) => ({
      id: `${base}/${e.slug}`,
      title: e.current.title,
      link: `${base}/${e.slug}`,
      summary: e.current.summary,
      published: e.firstPublishAt ?? e.current.publishAt,
      updated: e.current.publishAt,
      author: regencyName,
    })),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
