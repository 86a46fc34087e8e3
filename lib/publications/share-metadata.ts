import type { Metadata } from "next";

// What a public page tells link unfurlers (WhatsApp, Facebook, X) and feed readers: an absolute
// canonical URL, OpenGraph and Twitter-card tags with an image (the piece's photo, else the share
// card drawn by the server) and, where the page has one, its Atom feed for autodiscovery.

export type ShareInfo = {
  title: string;
  description?: string;
  /** absolute canonical URL of the page */
  url: string;
  siteName: string;
  image: { url: string; alt: string; width?: number; height?: number };
  /** absolute URL of the page's Atom feed */
  feedUrl?: string;
  type?: "website" | "article";
  publishedTime?: Date | null;
  modifiedTime?: Date | null;
  noIndex?: boolean;
};

/** The share card's size: what WhatsApp and Facebook show large. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export function shareMetadata(s: ShareInfo): Metadata {
  const images = [{ url: s.image.url, alt: s.image.alt, width: s.image.width, height: s.image.height }];
  return {
    title: s.title,
    description: s.description,
    alternates: {
      canonical: s.url,
      ...(s.feedUrl ? { types: { "application/atom+xml": s.feedUrl } } : {}),
    },
    openGraph: {
      type: s.type ?? "website",
      title: s.title,
      description: s.description,
      url: s.url,
      siteName: s.siteName,
      locale: "id_ID",
      images,
      ...(s.type === "article"
        ? { publishedTime: s.publishedTime?.toISOString(), modifiedTime: s.modifiedTime?.toISOString() }
        : {}),
    },
    twitter: { card: "summary_large_image", title: s.title, description: s.description, images },
    robots: s.noIndex ? { index: false } : undefined,
  };
}
