import "server-only";
import { db } from "@/lib/db";
import { openTermWhere } from "@/lib/leadership/holders";

// The one place that reads a regency without an actor: public fields only (no versions, no
// user accounts, no leader profiles, no registers).

export async function getPublicRegency(slug: string, on = new Date()) {
  const r = await db.regency.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      kind: true,
      name: true,
      province: true,
      isDob: true,
      status: true,
      formationLaw: true,
      formationYear: true,
      formationDate: true,
      timeZone: true,
      capital: true,
      areaKm2: true,
      population: true,
      districts: true,
      figuresAsOf: true,
      figuresSource: true,
      positions: {
        where: {
          kind: {
            in: [
              "bupati",
              "wakil_bupati",
              "sekda",
              "kepala_bappeda",
              "ketua_dprd",
              "wakil_ketua_dprd",
              "inspektur",
              "kepala_opd",
              "kepala_humas",
            ],
          },
        },
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          terms: {
            where: openTermWhere(on),
            orderBy: { startDate: "desc" },
            take: 1,
            select: { personName: true, appointment: true, startDate: true },
          },
        },
      },
    },
  });
  if (!r) return null;
  const { positions, ...rest } = r;
  return {
    ...rest,
    leaders: positions.map((p) => ({
      positionId: p.id,
      title: p.title,
      personName: p.terms[0]?.personName ?? null,
      appointment: p.terms[0]?.appointment ?? null,
      since: p.terms[0]?.startDate ?? null,
    })),
  };
}
export type PublicRegency = NonNullable<Awaited<ReturnType<typeof getPublicRegency>>>;
