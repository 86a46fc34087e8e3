import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listNationalFeed, listPublicDobs, NATIONAL_PAGE_SIZE, nationalFilterChoices } from "./public-queries";
import { nationalQuerySchema } from "./national-query";

describe("the national portal", () => {
  it("lists every DOB, newest formation first, over its pages", async () => {
    const dobs = await db.regency.count({ where: { isDob: true } });
    expect(dobs).toBe(34);
    const seen: string[] = [];
    for (let page = 1; page < 10; page++) {
      const { items, hasNext } = await listPublicDobs({ page });
      expect(items.length).toBeLessThanOrEqual(NATIONAL_PAGE_SIZE);
      seen.push(...items.map((r) => r.slug));
      if (!hasNext) break;
    }
    expect(new Set(seen).size).toBe(34);
    const first = await listPublicDobs({ page: 1 });
    const years = first.items.map((r) => r.formationYear ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("shows a regency's latest published update, never a withdrawn or future one", async () => {
    const { items } = await listPublicDobs({ q: "Pangandaran", page: 1 });
    expect(items.map((r) => r.slug)).toEqual(["pangandaran"]);
    expect(items[0].pieceSlug).not.toBeNull();
    const piece = await db.publication.findFirstOrThrow({
      where: { slug: items[0].pieceSlug!, regency: { slug: "pangandaran" } },
    });
    expect(piece.withdrawnAt).toBeNull();
    expect(piece.firstPublishAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("filters by province and formation year, and treats the search text literally", async () => {
    const choices = await nationalFilterChoices();
    expect(choices.provinces).toContain("Nusa Tenggara Timur");
    const ntt = await listPublicDobs({ province: "Nusa Tenggara Timur", page: 1 });
    expect(ntt.items.length).toBeGreaterThan(0);
    expect(ntt.items.every((r) => r.province === "Nusa Tenggara Timur")).toBe(true);
    expect(ntt.items.map((r) => r.slug)).toContain("malaka");
    const year = choices.years[0];
    const ofYear = await listPublicDobs({ year, page: 1 });
    expect(ofYear.items.every((r) => r.formationYear === year)).toBe(true);
    expect((await listPublicDobs({ q: "%", page: 1 })).items).toEqual([]);
    expect((await listPublicDobs({ q: '\'; DROP TABLE "Regency"; --', page: 1 })).items).toEqual([]);
  });

  it("parses hostile query strings to no filter rather than an error", () => {
    expect(nationalQuerySchema.parse({ year: "abc", page: "-4", q: "x".repeat(500) })).toEqual({
      year: undefined,
      page: 1,
      q: undefined,
      province: undefined,
    });
  });

  it("feeds the latest published pieces of every regency, none withdrawn", async () => {
    const entries = await listNationalFeed();
    expect(entries.length).toBeGreaterThan(0);
    const slugs = new Set(entries.map((e) => e.regency.slug));
    expect(slugs.has("pangandaran")).toBe(true);
    const withdrawn = await db.publication.findMany({ where: { withdrawnAt: { not: null } }, select: { slug: true } });
    for (const w of withdrawn) expect(entries.map((e) => e.slug)).not.toContain(w.slug);
  });
});
