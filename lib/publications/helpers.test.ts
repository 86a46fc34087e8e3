import { describe, expect, it } from "vitest";
import { atomFeed, escapeXml } from "./atom";
import { approvePublicationSchema, createPublicationSchema } from "./schemas";
import { pieceSlug, RESERVED_SLUGS, uniqueSlug } from "./slug";
import { parseZonedDateTime, toZonedInput } from "./time";

describe("slugs", () => {
  it("makes readable ASCII slugs from Indonesian titles", () => {
    expect(pieceSlug("Perbaikan Jalan Lingkar Pangandaran–Cijulang Dimulai!")).toBe(
      "perbaikan-jalan-lingkar-pangandaran-cijulang-dimulai",
    );
    expect(pieceSlug("Éducation & <script>")).toBe("education-script");
    expect(pieceSlug("!!!")).toBe("siaran");
  });
  it("never gives a reserved word and skips taken ones", () => {
    expect(uniqueSlug("isu", new Set())).toBe("isu-2");
    expect(uniqueSlug("feed", new Set())).toBe("feed-2");
    expect(uniqueSlug("berita", new Set(["berita", "berita-2"]))).toBe("berita-3");
    expect(RESERVED_SLUGS.has("feed.xml")).toBe(true);
    // a slug can never contain a dot, so "feed.xml" is unreachable from a title
    expect(pieceSlug("feed.xml")).toBe("feed-xml");
  });
});

describe("times typed in WIB", () => {
  it("reads a datetime-local value as Asia/Jakarta wall time", () => {
    expect(parseZonedDateTime("2026-12-01T09:00", "Asia/Jakarta")?.toISOString()).toBe("2026-12-01T02:00:00.000Z");
    expect(parseZonedDateTime("2026-12-01T09:00", "Asia/Jayapura")?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(parseZonedDateTime("kemarin", "Asia/Jakarta")).toBeNull();
    expect(toZonedInput(new Date("2026-12-01T02:00:00Z"), "Asia/Jakarta")).toBe("2026-12-01T09:00");
  });
  it("the schemas turn an empty schedule into null and reject nonsense", () => {
    const ok = approvePublicationSchema.safeParse({ id: crypto.randomUUID(), version: "1", publishAt: "" });
    expect(ok.success && ok.data.publishAt).toBe(null);
    const bad = approvePublicationSchema.safeParse({ id: crypto.randomUUID(), version: "1", publishAt: "2026-13-45" });
    expect(bad.success).toBe(false);
    const issues = createPublicationSchema.safeParse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: crypto.randomUUID(),
      kind: "press_release",
      title: "Judul siaran",
      issueIds: crypto.randomUUID(),
    });
    expect(issues.success && issues.data.issueIds).toHaveLength(1);
  });
});

describe("Atom feed", () => {
  it("escapes every text so markup in a title stays text", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;",
    );
    const xml = atomFeed({
      id: "https://x/r/a/feed.xml",
      title: "Kabar <b>",
      link: "https://x/r/a",
      selfLink: "https://x/r/a/feed.xml",
      updated: new Date(0),
      lang: "id",
      entries: [
        {
          id: "https://x/r/a/p",
          title: "<script>alert(1)</script>",
          link: "https://x/r/a/p?a=1&b=2",
          summary: "]]> <img onerror=1>",
          published: new Date(0),
          updated: new Date(0),
          author: "Kab & Co",
        },
      ],
    });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).toContain("a=1&amp;b=2");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });
});
