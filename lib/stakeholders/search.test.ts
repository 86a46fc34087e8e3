// The expert network's full-text search: name, discipline, expertise and institution, stemmed,
// best match first, matches marked; only the regency's own network.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { listExperts } from "./queries";

let humas: Actor, malakaCoordinator: Actor;
let pangandaran: string;

beforeAll(async () => {
  [humas, malakaCoordinator] = await Promise.all([DEMO.humas, DEMO.malakaCoordinator].map(actorFor));
  pangandaran = await regencyId("pangandaran");
});

describe("expert network search", () => {
  it("finds experts by a stemmed word of their expertise, best match first, marked", async () => {
    const rows = (await listExperts(humas, pangandaran, { q: "penyerahan aset" }))!;
    expect(rows[0].name).toBe("Prof. Hendra Gunawan");
    expect(rows[0].highlight?.expertise).toContain(`${MARK_START}Serah${MARK_END}`);
    expect((await listExperts(humas, pangandaran, { q: "kartika" }))!.map((e) => e.name)).toEqual([
      "Dr. Rina Kartikasari",
    ]);
  });

  it("stays within the regency", async () => {
    expect((await listExperts(humas, pangandaran, { q: "banjir" }))!).toEqual([]); // Malaka's hydrologist
    expect(await listExperts(malakaCoordinator, pangandaran, { q: "jalan" })).toBeNull();
  });
});
