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
      user: "dprd",
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

// The standard structure of a kabupaten (about 30 perangkat daerah, then its kecamatan): what the
// two demo DOBs have beyond the offices named above. Each gets its head; names are fictional.
const STANDARD_OPD: [string, string, string][] = [
  ["Badan Pendapatan Daerah", "Bapenda", "badan"],
  ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan"],
  ["Badan Penanggulangan Bencana Daerah", "BPBD", "badan"],
  ["Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "badan"],
  ["Satuan Polisi Pamong Praja", "Satpol PP", "lainnya"],
  ["Dinas Sosial", "Dinsos", "dinas"],
  ["Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas"],
  ["Dinas Lingkungan Hidup", "DLH", "dinas"],
  ["Dinas Perhubungan", "Dishub", "dinas"],
  ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas"],
  ["Dinas Tenaga Kerja", "Disnaker", "dinas"],
  ["Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas"],
  ["Dinas Pemuda dan Olahraga", "Dispora", "dinas"],
  ["Dinas Pertanian", "Distan", "dinas"],
  ["Dinas Kelautan dan Perikanan", "DKP", "dinas"],
  ["Dinas Pariwisata", "Dispar", "dinas"],
  ["Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak", "DP3AKB", "dinas"],
  ["Dinas Perindustrian dan Perdagangan", "Disperindag", "dinas"],
  ["Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM", "dinas"],
  ["Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas"],
];

const KECAMATAN: Record<"pangandaran" | "malaka", string[]> = {
  pangandaran: [
    "Cigugur",
    "Cijulang",
    "Cimerak",
    "Kalipucang",
    "Langkaplancar",
    "Mangunjaya",
    "Padaherang",
    "Pangandaran",
    "Parigi",
    "Sidamulih",
  ],
  malaka: [
    "Botin Leobele",
    "Io Kufeu",
    "Kobalima",
    "Kobalima Timur",
    "Laenmanen",
    "Malaka Barat",
    "Malaka Tengah",
    "Malaka Timur",
    "Rinhat",
    "Sasitamean",
    "Weliman",
    "Wewiku",
  ],
};

// fictional heads, put together from names common in each region
const NAMES: Record<"pangandaran" | "malaka", [string[], string[]]> = {
  pangandaran: [
    ["Ujang", "Euis", "Dadan", "Neneng", "Asep", "Cucu", "Yayan", "Iis", "Deden", "Lilis", "Engkus", "Tati"],
    ["Sopandi", "Rohayati", "Hidayat", "Kurniawan", "Mulyana", "Suryani", "Permana", "Nurjanah", "Saepuloh"],
  ],
  malaka: [
    ["Yosef", "Maria", "Agustinus", "Theresia", "Bernadus", "Yuliana", "Kornelis", "Angela", "Petrus", "Emilia"],
    ["Bria", "Seran", "Nahak", "Klau", "Tae", "Manek", "Mau", "Luan", "Atok", "Fahik", "Kehi"],
  ],
};
const fictionalName = (key: "pangandaran" | "malaka", i: number) =>
  `${NAMES[key][0][i % NAMES[key][0].length]} ${NAMES[key][1][(i * 7 + 3) % NAMES[key][1].length]}`;

/** The standard offices a regency does not have yet, and its kecamatan, each with its head. */
function standardStructure(key: "pangandaran" | "malaka"): {
  agencies: [string, string, string][];
  heads: PositionSeed[];
} {
  const have = new Set(AGENCIES[key].map(([, short]) => short));
  const offices = STANDARD_OPD.filter(([, short]) => !have.has(short));
  const kecamatan = KECAMATAN[key].map((k): [string, string, string] => [`Kecamatan ${k}`, `Kec. ${k}`, "kecamatan"]);
  const since = (i: number) => `202${2 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`;
  const heads: PositionSeed[] = [
    ...offices.map(([name, short], i) => ({
      kind: "kepala_opd",
      title: `Kepala ${name}`,
      agency: short,
      holder: fictionalName(key, i),
      since: since(i),
    })),
    ...KECAMATAN[key].map((k, i) => ({
      kind: "camat",
      title: `Camat ${k}`,
      agency: `Kec. ${k}`,
      holder: fictionalName(key, i + 20),
      since: since(i + 3),
    })),
  ];
  return { agencies: [...offices, ...kecamatan], heads };
}

export async function seedPositions(
  db: PrismaClient,
  regencies: { pangandaran: string; malaka: string },
  users: Record<string, string>,
) {
  for (const key of ["pangandaran", "malaka"] as const) {
    const regencyId = regencies[key];
    const agencies = new Map<string, string>();
    const standard = standardStructure(key);
    for (const [name, shortName, kind] of [...AGENCIES[key], ...standard.agencies]) {
      const a = await db.agency.create({ data: { regencyId, name, shortName, kind } });
      agencies.set(shortName, a.id);
    }
    let order = 0;
    for (const p of [...POSITIONS[key], ...standard.heads]) {
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
