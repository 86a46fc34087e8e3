import { slugify } from "@/lib/slug";

// Piece slugs live beside other public routes of a regency (/r/<slug>/isu/…, /r/<slug>/feed.xml).
export const RESERVED_SLUGS = new Set(["isu", "feed.xml", "feed", "media", "gambar", "api"]);

/** A piece's slug from its title: at most 80 characters, "siaran" when the title has no letters. */
export function pieceSlug(title: string): string {
  return slugify(title).slice(0, 80).replace(/-+$/g, "") || "siaran";
}

/** The first free slug: base, base-2, base-3… never a reserved word. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_SLUGS.has(candidate) && !taken.has(candidate)) return candidate;
  }
}
