// An Atom 1.0 document built by hand: every text goes through escapeXml.
export function escapeXml(value: string): string {
  return value
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  summary: string;
  published: Date;
  updated: Date;
  author: string;
};

export function atomFeed(feed: {
  id: string;
  title: string;
  link: string;
  selfLink: string;
  updated: Date;
  lang: string;
  entries: AtomEntry[];
}): string {
  const e = escapeXml;
  const entries = feed.entries
    .map(
      (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title type="text">${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <published>${x.published.toISOString()}</published>
    <updated>${x.updated.toISOString()}</updated>
    <author><name>${e(x.author)}</name></author>
    <summary type="text">${e(x.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${e(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfLink)}"/>
  <updated>${feed.updated.toISOString()}</updated>
${entries}
</feed>
`;
}
