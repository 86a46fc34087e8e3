import { connection } from "next/server";
import { publicOrigin } from "@/lib/http/public-origin";
import { getT } from "@/lib/i18n/server";
import { atomFeed } from "@/lib/publications/atom";
import { listNationalFeed } from "@/lib/regencies/public-queries";

// The national Atom feed: the latest published pieces of every regency (public fields, escaped).
export async function GET() {
  await connection();
  const [entries, t, origin] = await Promise.all([listNationalFeed(), getT(), publicOrigin()]);
  const xml = atomFeed({
    id: `${origin}/r/feed.xml`,
    title: t("regencies.national.feedTitle"),
    link: `${origin}/r`,
    selfLink: `${origin}/r/feed.xml`,
    lang: "id",
    updated: entries.reduce((max, e) => (e.current.publishAt > max ? e.current.publishAt : max), new Date(0)),
    entries: entries.map((e) => {
      const regency = `${t(`regencyKind.${e.regency.kind}`)} ${e.regency.name}`;
      const link = `${origin}/r/${e.regency.slug}/${e.slug}`;
      return {
        id: link,
        title: e.current.title,
        link,
        summary: e.current.summary,
        published: e.firstPublishAt ?? e.current.publishAt,
        updated: e.current.publishAt,
        author: regency,
      };
    }),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
