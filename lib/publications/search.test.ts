// Full-text search of the publications list (working copies, members) and of the public regency
// page (what is published now, anyone): Indonesian stemming, best match first, matches marked.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { listPublicPieces } from "./public-queries";
import { listPublications } from "./queries";

let humas: Actor, malakaCoordinator: Actor;
let pangandaran: string;

beforeAll(async () => {
  [humas, malakaCoordinator] = await Promise.all([DEMO.humas, DEMO.malakaCoordinator].map(actorFor));
  pangandaran = await regencyId("pangandaran");
});

describe("publications search", () => {
  it('finds a piece by another form of its words ("diserahkan" → "Serah Terima"), title marked', async () => {
    const { items } = (await listPublications(humas, pangandaran, { q: "diserahkan" }))!;
    const hit = items.find((p) => p.slug === "progres-serah-terima-aset-p3d-dari-kabupaten-ciamis");
    expect(hit?.titleHighlight).toContain(`${MARK_START}Serah${MARK_END}`);
    // a piece still in review is found in the portal by its working copy
    const sampah = (await listPublications(humas, pangandaran, { q: "menangani sampah" }))!.items;
    expect(sampah[0].slug).toBe("pengelolaan-sampah-kawasan-wisata-pantai-barat");
    expect(sampah[0].snippet).toBeNull(); // the title matched, its text did not
    // a word of its summary only: shown in a snippet
    const armada = (await listPublications(humas, pangandaran, { q: "armada angkut" }))!.items;
    expect(armada[0].slug).toBe("pengelolaan-sampah-kawasan-wisata-pantai-barat");
    expect(armada[0].snippet).toContain(`${MARK_START}armada${MARK_END}`);
  });

  it("keeps the status tab and the regency while searching", async () => {
    const { items } = (await listPublications(humas, pangandaran, { q: "sampah", status: "approved" }))!;
    expect(items.map((p) => p.slug)).not.toContain("pengelolaan-sampah-kawasan-wisata-pantai-barat");
    expect(await listPublications(malakaCoordinator, pangandaran, { q: "sampah" })).toBeNull();
  });

  it("searches on the public page only what is published now, best match first", async () => {
    const now = new Date();
    const jalan = await listPublicPieces(pangandaran, 1, now, "perbaikan jalan");
    expect(jalan.items[0].slug).toBe("perbaikan-jalan-lingkar-pangandaran-cijulang-dimulai");
    expect(jalan.items[0].titleHighlight).toContain(`${MARK_START}Perbaikan${MARK_END}`);
    // in review, or scheduled for later: not found by the public
    expect((await listPublicPieces(pangandaran, 1, now, "sampah")).items).toEqual([]);
    expect((await listPublicPieces(pangandaran, 1, now, "konsultasi publik")).items).toEqual([]);
    // not a search: the newest first, as before
    expect((await listPublicPieces(pangandaran, 1, now)).items.length).toBeGreaterThan(1);
  });

  it("takes any text as words", async () => {
    for (const q of [`'; DROP TABLE "Publication"; --`, `!:* & | ( "`])
      expect((await listPublicPieces(pangandaran, 1, new Date(), q)).items).toEqual([]);
  });
});
