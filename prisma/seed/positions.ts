import type { PrismaClient } from "@/lib/generated/prisma/client";

// The leadership configuration of the two demo regencies: their OPD, the positions, and who
// holds them. Names of people are fictional. The regencies capability adds history,
// profiles and milestones on top of this.

type PositionSeed = {
  kind: string;
  title: string;
  agency?: string;
  commission?: string;
  coordinator?: boolean;
  holder?: string;
  appointment?: "definitif" | "pj" | "plt";
  since: string;
  endedDaysAgo?: number; // the holder left: the position is vacant now (Kosong)
  user?: string;
};

const AGENCIES: Record<"pangandaran" | "malaka", [string, string, string][]> = {
  pangandaran: [
    ["Sekretariat Daerah", "Setda", "sekretariat"],
    ["Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan"],
    ["Inspektorat Daerah", "Inspektorat", "inspektorat"],
    ["Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan"],
    ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan"],
    ["Dinas Pendidikan dan Kebudayaan", "Disdikbud", "dinas"],
    ["Dinas Kesehatan", "Dinkes", "dinas"],
    ["Dinas Pekerjaan Umum dan Tata Ruang", "DPUTR", "dinas"],
    ["Dinas Pariwisata", "Dispar", "dinas"],
    ["Dinas Kelautan, Perikanan dan Ketahanan Pangan", "DKPKP", "dinas"],
    ["Dinas Komunikasi dan Informatika", "Diskominfo", "dinas"],
    ["Sekretariat DPRD", "Setwan", "dprd"],
  ],
  malaka: [
    ["Sekretariat Daerah", "Setda", "sekretariat"],
    ["Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan"],
    ["Inspektorat Daerah", "Inspektorat", "inspektorat"],
    ["Badan Keuangan dan Aset Daerah", "BKAD", "badan"],
    ["Dinas Pendidikan, Pemuda dan Olahraga", "Dispora", "dinas"],
    ["Dinas Kesehatan", "Dinkes", "dinas"],
    ["Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR", "dinas"],
    ["Dinas Pertanian dan Ketahanan Pangan", "Distan", "dinas"],
    ["Dinas Komunikasi dan Informatika", "Diskominfo", "dinas"],
    ["Sekretariat DPRD", "Setwan", "dprd"],
  ],
};

const POSITIONS: Record<"pangandaran" | "malaka", PositionSeed[]> = {
  pangandaran: [
    { kind: "bupati", title: "Bupati", holder: "H. Dadang Sutisna", since: "2025-02-20" },
    {
      kind: "wakil_bupati",
      title: "Wakil Bupati",
      coordinator: true,
      holder: "Rahmat Hidayat",
      since: "2025-02-20",
      user: "koordinator",
    },
    {
      kind: "sekda",
      title: "Sekretaris Daerah",
      agency: "Setda",
      holder: "Drs. Iwan Kurniawan, M.Si.",
      since: "2023-06-12",
    },
    {
      kind: "kepala_bappeda",
      title: "Kepala Bappeda",
      agency: "Bappeda",
      holder: "Ir. Kusdiana, M.T.",
      since: "2024-01-08",
      user: "pejabat",
    },
    { kind: "ketua_dprd", title: "Ketua DPRD", holder: "Asep Nurdin", since: "2024-09-02" },
    { kind: "wakil_ketua_dprd", title: "Wakil Ketua DPRD", holder: "Hj. Yeni Marlina", since: "2024-09-02" },
    {
      kind: "anggota_dprd",
      title: "Anggota DPRD Komisi I (Pemerintahan)",
      commission: "Komisi I",
      holder: "Dede Supriatna",
      since: "2024-08-26",
    },
    {
      kind: "anggota_dprd",
      title: "Anggota DPRD Komisi III (Pembangunan)",
      commission: "Komisi III",
      holder: "Lina Herlina",
      since: "2024-08-26",
    },
    {
      kind: "inspektur",
      title: "Inspektur Daerah",
      agency: "Inspektorat",
      holder: "Nana Suryana, S.H.",
      since: "2022-03-14",
    },
    {
      kind: "kepala_opd",
      title: "Kepala BPKAD",
      agency: "BPKAD",
      holder: "Rudi Hartono, S.E., M.M.",
      since: "2023-01-09",
    },
    { kind: "kepala_opd", title: "Kepala BKPSDM", agency: "BKPSDM", holder: "Endang Rohaendi", since: "2023-01-09" },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Pendidikan dan Kebudayaan",
      agency: "Disdikbud",
      holder: "Dr. Agus Salim, M.Pd.",
      since: "2022-07-01",
    },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Kesehatan",
      agency: "Dinkes",
      holder: "dr. Nia Kurniasih",
      appointment: "plt",
      since: "2026-08-01",
    },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Pekerjaan Umum dan Tata Ruang",
      agency: "DPUTR",
      holder: "Ir. Bambang Prasetyo",
      since: "2021-11-15",
    },
    { kind: "kepala_opd", title: "Kepala Dinas Pariwisata", agency: "Dispar", since: "" },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Komunikasi dan Informatika",
      agency: "Diskominfo",
      holder: "Drs. Yusuf Maulana",
      since: "2021-06-01",
      endedDaysAgo: 40,
    },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Kelautan, Perikanan dan Ketahanan Pangan",
      agency: "DKPKP",
      holder: "Jajang Nurjaman",
      since: "2024-04-22",
    },
    {
      kind: "kepala_humas",
      title: "Kepala Bagian Protokol dan Komunikasi Pimpinan",
      agency: "Setda",
      holder: "Dewi Lestari, S.I.Kom.",
      since: "2024-05-06",
      user: "humas",
    },
  ],
  malaka: [
    { kind: "bupati", title: "Bupati", holder: "Stefanus Bria Seran", since: "2025-02-20" },
    { kind: "wakil_bupati", title: "Wakil Bupati", holder: "Maria Goreti Un", since: "2025-02-20" },
    {
      kind: "sekda",
      title: "Sekretaris Daerah",
      agency: "Setda",
      coordinator: true,
      holder: "Yohanes Nahak, S.H., M.Si.",
      since: "2022-10-03",
      user: "koordinatorMalaka",
    },
    {
      kind: "kepala_bappeda",
      title: "Kepala Bappeda",
      agency: "Bappeda",
      holder: "Fransiskus Klau",
      since: "2023-02-13",
      user: "pejabatMalaka",
    },
    { kind: "ketua_dprd", title: "Ketua DPRD", holder: "Adrianus Bria Seran", since: "2024-09-10" },
    { kind: "kepala_opd", title: "Kepala Dinas Kesehatan", agency: "Dinkes", since: "" },
    {
      kind: "inspektur",
      title: "Inspektur Daerah",
      agency: "Inspektorat",
      holder: "Agustinus Tae",
      since: "2021-05-17",
    },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Pertanian dan Ketahanan Pangan",
      agency: "Distan",
      holder: "Yosef Seran",
      since: "2023-07-03",
    },
    {
      kind: "kepala_opd",
      title: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
      agency: "PUPR",
      holder: "Benediktus Mau",
      appointment: "plt",
      since: "2026-03-02",
    },
    {
      kind: "kepala_humas",
      title: "Kepala Bagian Prokopim",
      agency: "Setda",
      holder: "Theresia Luruk",
      since: "2024-01-15",
      user: "humasMalaka",
    },
  ],
};

export async function seedPositions(
  db: PrismaClient,
  regencies: { pangandaran: string; malaka: string },
  users: Record<string, string>,
) {
  for (const key of ["pangandaran", "malaka"] as const) {
    const regencyId = regencies[key];
    const agencies = new Map<string, string>();
    for (const [name, shortName, kind] of AGENCIES[key]) {
      const a = await db.agency.create({ data: { regencyId, name, shortName, kind } });
      agencies.set(shortName, a.id);
    }
    let order = 0;
    for (const p of POSITIONS[key]) {
      const position = await db.position.create({
        data: {
          regencyId,
          kind: p.kind as never,
          title: p.title,
          agencyId: p.agency ? agencies.get(p.agency) : null,
          dprdCommission: p.commission ?? null,
          isCoordinator: !!p.coordinator,
          sortOrder: (order += 10),
        },
      });
      if (p.holder) {
        await db.positionTerm.create({
          data: {
            positionId: position.id,
            personName: p.holder,
            userId: p.user ? users[p.user] : null,
            appointment: p.appointment ?? "definitif",
            startDate: new Date(p.since),
            endDate:
              p.endedDaysAgo !== undefined
                ? new Date(new Date(Date.now() - p.endedDaysAgo * 86_400_000).toISOString().slice(0, 10))
                : null,
          },
        });
      }
    }
  }
}
