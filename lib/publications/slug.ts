// Piece slugs live beside other public routes of a regency (/r/<slug>/isu/…, /r/<slug>/feed.xml).
export const RESERVED_SLUGS = new Set(["isu", "feed.xml", "feed", "media", "gambar", "api"]);

export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return base || "siaran";
}

/** The first free slug: base, base-2, base-3… never a reserved word. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_SLUGS.has(candidate) && !taken.has(candidate)) return candidate;
  }
}
