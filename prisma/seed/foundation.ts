import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { regencySlugFor } from "@/lib/regencies/csv-import";
import { zoneForRegencyCode } from "@/lib/regencies/time-zone";
import { DEMO_TOTP_SECRET } from "./demo-totp";
import { readDataCsv } from "./csv";
import { seedPositions } from "./positions";

export const DEMO_PASSWORD = "mekar-demo";

const num = (v: string) => (v === "" ? null : Number(v));

/** All 514 regencies and cities, the 34 formed by pemekaran with their parent and law, and the demo accounts. */
export async function seedFoundation(db: PrismaClient) {
  const all = readDataCsv("kabupaten-kota.csv");
  await db.regency.createMany({
    data: all.map((r) => ({
      code: r.code,
      kind: r.kind as "kabupaten" | "kota",
      name: r.name,
      slug: regencySlugFor(r.kind, r.name),
      province: r.province,
      timeZone: zoneForRegencyCode(r.code),
      districts: num(r.districts),
      areaKm2: num(r.area_km2),
      population: num(r.population),
      figuresAsOf: "2025",
      figuresSource: "Kepmendagri 300.2.2-2138/2025; BPS (luas 2024, penduduk 2025)",
    })),
  });
  const byName = new Map(
    (await db.regency.findMany({ where: { kind: "kabupaten" }, select: { id: true, name: true, province: true } })).map(
      (r) => [r.name, r],
    ),
  );
  for (const dob of readDataCsv("regencies.csv")) {
    const regency = byName.get(dob.name);
    if (!regency) continue;
    const parent = byName.get(dob.parent);
    await db.regency.update({
      where: { id: regency.id },
      data: { isDob: true, parentId: parent?.id ?? null, formationLaw: dob.law, formationYear: Number(dob.year) },
    });
  }
  const pangandaran = await db.regency.update({
    where: { slug: "pangandaran" },
    data: { capital: "Parigi", formationDate: new Date("2012-11-16") },
  });
  const malaka = await db.regency.update({
    where: { slug: "malaka" },
    data: { capital: "Betun", formationDate: new Date("2013-01-11") },
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = [
    { key: "admin", email: "admin@mekar.test", name: "Administrator Mekar", isAdmin: true },
    {
      key: "koordinator",
      email: "koordinator@mekar.test",
      name: "Rahmat Hidayat",
      regencyId: pangandaran.id,
      role: "coordinator",
    },
    {
      key: "pejabat",
      email: "pejabat@mekar.test",
      name: "Ir. Kusdiana, M.T.",
      regencyId: pangandaran.id,
      role: "official",
    },
    { key: "humas", email: "humas@mekar.test", name: "Dewi Lestari", regencyId: pangandaran.id, role: "humas" },
    {
      key: "fasilitator",
      email: "fasilitator@mekar.test",
      name: "Dr. Asep Saepudin",
      regencyId: pangandaran.id,
      role: "facilitator",
    },
    // a member of the DPRD (Komisi I) who follows the issues of the regency's government
    { key: "dprd", email: "dprd@mekar.test", name: "Dede Supriatna", regencyId: pangandaran.id, role: "official" },
    {
      key: "koordinatorMalaka",
      email: "koordinator.malaka@mekar.test",
      name: "Yohanes Nahak",
      regencyId: malaka.id,
      role: "coordinator",
    },
    {
      key: "pejabatMalaka",
      email: "pejabat.malaka@mekar.test",
      name: "Fransiskus Klau",
      regencyId: malaka.id,
      role: "official",
    },
    {
      key: "humasMalaka",
      email: "humas.malaka@mekar.test",
      name: "Theresia Luruk",
      regencyId: malaka.id,
      role: "humas",
    },
    {
      key: "fasilitatorMalaka",
      email: "fasilitator.malaka@mekar.test",
      name: "Marselina Hoar",
      regencyId: malaka.id,
      role: "facilitator",
    },
  ] as const;
  const users: Record<(typeof people)[number]["key"], string> = {} as never;
  for (const p of people) {
    const isAdmin = "isAdmin" in p && p.isAdmin;
    // DEMO ONLY: admins and coordinators must use a second factor; theirs is the published demo secret
    const secondFactor =
      isAdmin || ("role" in p && p.role === "coordinator")
        ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() }
        : {};
    const user = await db.user.create({
      data: { email: p.email, name: p.name, passwordHash, isAdmin, ...secondFactor },
    });
    if ("regencyId" in p)
      await db.membership.create({ data: { userId: user.id, regencyId: p.regencyId, role: p.role } });
    users[p.key] = user.id;
  }
  // read-only supervisors: Kemendagri's Ditjen Otonomi Daerah (the whole country) and the Biro
  // Pemerintahan of Malaka's province
  for (const o of [
    { email: "otda@mekar.test", name: "Drs. Bambang Wijaya, M.Si.", province: null },
    { email: "biropem.ntt@mekar.test", name: "Maria Goreti Seran, S.IP.", province: "Nusa Tenggara Timur" },
  ]) {
    const user = await db.user.create({ data: { email: o.email, name: o.name, passwordHash } });
    await db.oversight.create({ data: { userId: user.id, province: o.province } });
  }
  const regencies = { pangandaran: pangandaran.id, malaka: malaka.id };
  await seedPositions(db, regencies, users);
  return { regencies, users };
}

export type SeedContext = Awaited<ReturnType<typeof seedFoundation>>;
