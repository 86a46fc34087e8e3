import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IssueCategory, IssueLifecycle, IssueSource, IssueStage, IssueTriage } from "@/lib/generated/prisma/enums";
import type { SeedContext } from "./foundation";
import { DAY_MS } from "@/lib/time";

// Development issues of the two demo regencies, dated relative to today so the dashboard shows
// every attention state: on track, stale (past the cadence) and escalated (past twice of it).

type IssueSeed = {
  title: string;
  description: string;
  category: IssueCategory;
  stage?: IssueStage;
  lifecycle?: IssueLifecycle;
  triage?: IssueTriage;
  impact: number;
  urgency: number;
  agency?: string; // shortName
  owner?: string; // position title
  supporters?: string[];
  dueInDays?: number;
  cadence?: number;
  lastUpdateDaysAgo?: number;
  createdDaysAgo: number;
  closedDaysAgo?: number;
  percent?: number;
  isPublic?: boolean;
  programs?: string[];
  tags?: string[];
  notes?: { daysAgo: number; body: string; percent?: number; byOwner?: boolean; isPublic?: boolean }[];
  evaluation?: string;
  triageReason?: string;
  source?: IssueSource;
};

const PANGANDARAN: IssueSeed[] = [
  {
    title: "Penyerahan aset P3D dari Kabupaten Ciamis belum tuntas",
    description:
      "Sebagian aset tanah dan bangunan (sekolah, puskesmas pembantu) di wilayah Pangandaran masih tercatat sebagai aset **Kabupaten Ciamis**. Berita acara serah terima P3D perlu diselesaikan agar aset dapat dicatat dalam neraca daerah.",
    category: "assets_p3d",
    stage: "action",
    lifecycle: "current",
    impact: 5,
    urgency: 4,
    agency: "BPKAD",
    owner: "Kepala BPKAD",
    supporters: ["Sekretaris Daerah", "Inspektur Daerah"],
    dueInDays: 45,
    cadence: 14,
    lastUpdateDaysAgo: 5,
    createdDaysAgo: 120,
    percent: 60,
    isPublic: true,
    programs: ["Renja BPKAD 2026: Pengelolaan Barang Milik Daerah"],
    tags: ["P3D", "aset"],
    notes: [
      {
        daysAgo: 40,
        body: "Inventarisasi 214 bidang tanah selesai; 37 bidang belum bersertifikat.",
        percent: 40,
        byOwner: true,
        isPublic: true,
      },
      {
        daysAgo: 5,
        body: "Rapat koordinasi dengan BPKAD Ciamis menyepakati jadwal penandatanganan BAST tahap II.",
        percent: 60,
        byOwner: true,
        isPublic: true,
      },
    ],
  },
  {
    title: "Penegasan batas wilayah Kecamatan Cimerak dengan Kabupaten Ciamis",
    description:
      "Tiga segmen batas di Kecamatan Cimerak belum disepakati. Diperlukan fasilitasi Kemendagri dan pelacakan batas bersama tim PBD provinsi.",
    category: "boundaries",
    stage: "analysis",
    lifecycle: "emerging",
    impact: 4,
    urgency: 3,
    agency: "Setda",
    owner: "Sekretaris Daerah",
    supporters: ["Anggota DPRD Komisi I (Pemerintahan)"],
    dueInDays: 120,
    cadence: 21,
    lastUpdateDaysAgo: 30,
    createdDaysAgo: 90,
    percent: 20,
    tags: ["batas wilayah"],
    notes: [
      { daysAgo: 30, body: "Data koordinat pilar batas dari Badan Informasi Geospasial telah diterima.", percent: 20 },
    ],
  },
  {
    title: "Kekurangan guru ASN di SD wilayah selatan",
    description:
      "Rasio guru ASN terhadap rombongan belajar di Kecamatan Parigi dan Cijulang di bawah standar pelayanan minimal; banyak sekolah bergantung pada guru honorer.",
    category: "basic_services",
    stage: "strategy",
    lifecycle: "current",
    impact: 4,
    urgency: 4,
    agency: "Disdikbud",
    owner: "Kepala Dinas Pendidikan dan Kebudayaan",
    supporters: ["Kepala BKPSDM"],
    dueInDays: 60,
    cadence: 14,
    lastUpdateDaysAgo: 33,
    createdDaysAgo: 150,
    percent: 35,
    isPublic: true,
    programs: ["RPJMD 2025–2029 Program Pengelolaan Pendidikan"],
    tags: ["SPM", "guru"],
    notes: [
      {
        daysAgo: 33,
        body: "Usulan formasi PPPK guru 2026 sebanyak 120 orang disampaikan ke BKPSDM.",
        percent: 35,
        byOwner: true,
        isPublic: true,
      },
    ],
  },
  {
    title: "Jalan lingkar Pangandaran–Cijulang rusak berat setelah musim hujan",
    description: "Ruas sepanjang 11 km rusak berat dan menghambat akses wisata serta distribusi hasil perikanan.",
    category: "infrastructure",
    stage: "action",
    lifecycle: "crisis",
    impact: 5,
    urgency: 5,
    agency: "DPUTR",
    owner: "Kepala Dinas Pekerjaan Umum dan Tata Ruang",
    supporters: ["Kepala Bappeda", "Anggota DPRD Komisi III (Pembangunan)"],
    dueInDays: -10,
    cadence: 7,
    lastUpdateDaysAgo: 9,
    createdDaysAgo: 60,
    percent: 45,
    isPublic: true,
    programs: ["1.03.10 Program Penyelenggaraan Jalan"],
    tags: ["jalan", "wisata"],
    notes: [
      {
        daysAgo: 9,
        body: "Penanganan darurat 3 km selesai; sisa ruas diusulkan ke DAK 2027.",
        percent: 45,
        byOwner: true,
        isPublic: true,
      },
    ],
  },
  {
    title: "Ketergantungan APBD pada dana transfer pusat",
    description:
      "PAD baru sekitar 12% dari pendapatan daerah. Perlu strategi intensifikasi pajak hotel dan restoran serta retribusi wisata.",
    category: "finance",
    stage: "analysis",
    lifecycle: "current",
    impact: 4,
    urgency: 2,
    agency: "Bappeda",
    owner: "Kepala Bappeda",
    supporters: ["Kepala BPKAD", "Kepala Dinas Pariwisata"],
    dueInDays: 200,
    cadence: 30,
    lastUpdateDaysAgo: 12,
    createdDaysAgo: 100,
    percent: 25,
    programs: ["RPJMD 2025–2029 Peningkatan Kemandirian Fiskal"],
    tags: ["PAD"],
    notes: [
      {
        daysAgo: 12,
        body: "Kajian potensi pajak daerah sektor pariwisata sedang disusun bersama perguruan tinggi.",
        percent: 25,
        byOwner: true,
      },
    ],
  },
  {
    title: "Rencana tata ruang kawasan pesisir belum ditetapkan",
    description: "RDTR kawasan pesisir Pangandaran diperlukan untuk perizinan dan mitigasi bencana tsunami.",
    category: "governance",
    stage: "identification",
    lifecycle: "emerging",
    impact: 3,
    urgency: 3,
    agency: "Bappeda",
    owner: "Kepala Bappeda",
    dueInDays: 300,
    cadence: 14,
    lastUpdateDaysAgo: 16,
    createdDaysAgo: 40,
    percent: 10,
    tags: ["RDTR", "pesisir"],
  },
  {
    title: "Puskesmas Padaherang kekurangan tenaga dokter",
    description: "Hanya satu dokter umum melayani lebih dari 40 ribu penduduk.",
    category: "basic_services",
    stage: "action",
    lifecycle: "current",
    impact: 4,
    urgency: 4,
    agency: "Dinkes",
    owner: "Kepala Dinas Kesehatan",
    dueInDays: 30,
    cadence: 14,
    lastUpdateDaysAgo: 3,
    createdDaysAgo: 80,
    percent: 70,
    notes: [{ daysAgo: 3, body: "Dua dokter internsip ditempatkan mulai bulan ini.", percent: 70, byOwner: true }],
  },
  {
    title: "Penurunan hasil tangkapan nelayan akibat cuaca ekstrem",
    description: "Nelayan di Batukaras dan Pangandaran melaporkan penurunan tangkapan hingga 40%.",
    category: "economy_potential",
    stage: "closed",
    lifecycle: "dormant",
    impact: 3,
    urgency: 3,
    agency: "DKPKP",
    owner: "Kepala Dinas Kelautan, Perikanan dan Ketahanan Pangan",
    cadence: 14,
    lastUpdateDaysAgo: 10,
    createdDaysAgo: 75,
    closedDaysAgo: 10,
    percent: 100,
    isPublic: true,
    evaluation:
      "Bantuan paceklik tersalurkan kepada 1.250 nelayan; asuransi nelayan diperluas. Isu dinyatakan selesai.",
    notes: [{ daysAgo: 10, body: "Bantuan tersalurkan seluruhnya.", percent: 100, byOwner: true, isPublic: true }],
  },
  {
    title: "Pengisian jabatan struktural eselon III yang kosong",
    description: "Sembilan jabatan administrator kosong sejak mutasi awal tahun.",
    category: "civil_servants",
    stage: "strategy",
    lifecycle: "current",
    impact: 3,
    urgency: 4,
    agency: "BKPSDM",
    owner: "Kepala BKPSDM",
    dueInDays: 20,
    cadence: 14,
    lastUpdateDaysAgo: 18,
    createdDaysAgo: 70,
    percent: 30,
  },
  {
    title: "Keluhan warga soal sampah di kawasan wisata pantai barat",
    description: "Diusulkan dari pemantauan media: unggahan warganet tentang sampah saat libur panjang.",
    category: "social_cultural",
    agency: "DLH",
    triage: "pending",
    impact: 3,
    urgency: 3,
    createdDaysAgo: 2,
    source: "media",
  },
  {
    title: "Usulan pembangunan gedung DPRD baru",
    description: "Diusulkan dalam lokakarya pimpinan daerah.",
    category: "capital",
    triage: "pending",
    impact: 2,
    urgency: 2,
    createdDaysAgo: 1,
    source: "workshop",
  },
  {
    title: "Jalan lingkar rusak (laporan warga Cijulang)",
    description: "Laporan yang sama dengan isu jalan lingkar Pangandaran–Cijulang.",
    category: "infrastructure",
    triage: "merged",
    impact: 3,
    urgency: 3,
    createdDaysAgo: 20,
    triageReason: "Duplikat isu jalan lingkar",
  },
  {
    // owned by a position whose holder has left (Kosong): the coordinator's desk flags it
    title: "Sinyal seluler lemah di desa wisata pesisir selatan",
    description:
      "Wisatawan dan pelaku usaha di desa wisata Batukaras dan Madasari mengeluhkan sinyal seluler yang lemah; pembayaran nontunai dan informasi darurat terganggu.",
    category: "infrastructure",
    stage: "analysis",
    lifecycle: "emerging",
    impact: 3,
    urgency: 3,
    agency: "Diskominfo",
    owner: "Kepala Dinas Komunikasi dan Informatika",
    dueInDays: 75,
    cadence: 14,
    lastUpdateDaysAgo: 45,
    createdDaysAgo: 70,
    percent: 10,
  },
  {
    // the full-text search's demo: "membangun" finds it (both stem to "bangun")
    title: "Pembangunan kompleks pusat pemerintahan Parigi tahap II tertahan pembebasan lahan",
    description:
      "Dua bidang lahan untuk kantor DPRD dan dinas teknis belum dibebaskan; progres fisik tahap II 72% menurut laporan DPUTR.",
    category: "capital",
    stage: "action",
    lifecycle: "current",
    impact: 4,
    urgency: 3,
    agency: "DPUTR",
    owner: "Kepala Dinas Pekerjaan Umum dan Tata Ruang",
    dueInDays: 120,
    cadence: 14,
    lastUpdateDaysAgo: 5,
    createdDaysAgo: 40,
    percent: 72,
    programs: ["RPJMD 2025–2029 Penataan Pusat Pemerintahan"],
    tags: ["ibu kota"],
    notes: [
      {
        daysAgo: 5,
        body: "Musyawarah harga dengan pemilik lahan dijadwalkan bersama BPN.",
        percent: 72,
        byOwner: true,
      },
    ],
  },
];

const MALAKA: IssueSeed[] = [
  {
    title: "Banjir tahunan Sungai Benanain merendam lahan pertanian",
    description:
      "Banjir musiman merusak sawah di Malaka Tengah dan Malaka Barat; diperlukan tanggul dan normalisasi sungai.",
    category: "infrastructure",
    stage: "action",
    lifecycle: "current",
    impact: 5,
    urgency: 4,
    agency: "PUPR",
    owner: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    supporters: ["Kepala Dinas Pertanian dan Ketahanan Pangan"],
    dueInDays: 90,
    cadence: 14,
    lastUpdateDaysAgo: 6,
    createdDaysAgo: 110,
    percent: 40,
    isPublic: true,
    notes: [{ daysAgo: 6, body: "Pembangunan tanggul tahap I sepanjang 1,2 km dimulai.", percent: 40, isPublic: true }],
  },
  {
    title: "Aset daerah dari Kabupaten Belu belum seluruhnya diserahkan",
    description: "Sebagian kendaraan dinas dan dokumen kepegawaian masih di Kabupaten Belu.",
    category: "assets_p3d",
    stage: "analysis",
    lifecycle: "current",
    impact: 4,
    urgency: 3,
    agency: "BKAD",
    owner: "Sekretaris Daerah",
    dueInDays: 60,
    cadence: 14,
    lastUpdateDaysAgo: 35,
    createdDaysAgo: 130,
    percent: 15,
  },
  {
    title: "Produktivitas jagung rendah di lahan kering",
    description: "Rata-rata produktivitas jagung 2,1 ton/ha, jauh di bawah rata-rata provinsi.",
    category: "economy_potential",
    stage: "strategy",
    lifecycle: "emerging",
    impact: 3,
    urgency: 3,
    agency: "Distan",
    owner: "Kepala Dinas Pertanian dan Ketahanan Pangan",
    dueInDays: 150,
    cadence: 21,
    lastUpdateDaysAgo: 8,
    createdDaysAgo: 50,
    percent: 30,
  },
  {
    title: "Perbatasan negara dengan Timor-Leste: pelayanan lintas batas",
    description: "Koordinasi pelayanan di pos lintas batas negara Motamasin.",
    category: "boundaries",
    triage: "pending",
    impact: 3,
    urgency: 2,
    createdDaysAgo: 3,
  },
  {
    // the Kepala Bappeda (pejabat.malaka) has this one to update today
    title: "Sinkronisasi RPJMD Malaka dengan RPJMN belum selesai",
    description: "Indikator kinerja RPJMD perlu diselaraskan dengan sasaran RPJMN dan RPJMD Provinsi NTT.",
    category: "governance",
    stage: "analysis",
    lifecycle: "current",
    impact: 4,
    urgency: 3,
    agency: "Bappeda",
    owner: "Kepala Bappeda",
    dueInDays: -5,
    cadence: 14,
    lastUpdateDaysAgo: 20,
    createdDaysAgo: 90,
    percent: 50,
  },
  {
    // owned by a position with no holder (Kosong): the coordinator's desk flags it
    title: "Angka stunting tinggi di Kecamatan Wewiku",
    description: "Prevalensi stunting di Wewiku di atas rata-rata kabupaten; posyandu kekurangan kader terlatih.",
    category: "social_cultural",
    stage: "identification",
    lifecycle: "emerging",
    impact: 4,
    urgency: 4,
    agency: "Dinkes",
    owner: "Kepala Dinas Kesehatan",
    dueInDays: 120,
    cadence: 14,
    lastUpdateDaysAgo: 10,
    createdDaysAgo: 25,
    percent: 5,
  },
];

export async function seedIssues(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const now = Date.now();
  const ago = (d: number) => new Date(now - d * DAY_MS);
  const coordinator = await db.user.findUnique({
    where: { email: "koordinator@mekar.test" },
    select: { id: true, name: true },
  });
  for (const [key, seeds] of [
    ["pangandaran", PANGANDARAN],
    ["malaka", MALAKA],
  ] as const) {
    const regencyId = ctx.regencies[key];
    const [agencies, positions] = await Promise.all([
      db.agency.findMany({ where: { regencyId }, select: { id: true, shortName: true } }),
      db.position.findMany({
        where: { regencyId },
        select: { id: true, title: true, terms: { where: { endDate: null }, select: { personName: true }, take: 1 } },
      }),
    ]);
    const agency = (s?: string) => (s ? (agencies.find((a) => a.shortName === s)?.id ?? null) : null);
    const position = (t?: string) => (t ? (positions.find((p) => p.title === t) ?? null) : null);
    let number = 0;
    const ids = new Map<string, string>();
    for (const s of seeds) {
      number += 1;
      const owner = position(s.owner);
      const triage = s.triage ?? "accepted";
      const accepted = triage === "accepted";
      const created = ago(s.createdDaysAgo);
      const issue = await db.issue.create({
        data: {
          regencyId,
          number,
          title: s.title,
          description: s.description,
          category: s.category,
          stage: s.stage ?? "identification",
          lifecycle: s.lifecycle ?? "emerging",
          triage,
          impact: s.impact,
          urgency: s.urgency,
          priority: s.impact * s.urgency,
          agencyId: agency(s.agency),
          ownerPositionId: owner?.id ?? null,
          dueDate:
            s.dueInDays !== undefined
              ? new Date(new Date(now + s.dueInDays * DAY_MS).toISOString().slice(0, 10))
              : null,
          reviewCadenceDays: s.cadence ?? 14,
          lastOwnerUpdateAt: accepted && s.lastUpdateDaysAgo !== undefined ? ago(s.lastUpdateDaysAgo) : null,
          acceptedAt: accepted ? new Date(created.getTime() + DAY_MS) : null,
          closedAt: s.closedDaysAgo !== undefined ? ago(s.closedDaysAgo) : null,
          evaluationNote: s.evaluation ?? null,
          triageReason: s.triageReason ?? null,
          mergedIntoId: triage === "merged" ? (ids.get("infrastructure") ?? null) : null,
          percentDone: s.percent ?? 0,
          isPublic: s.isPublic ?? false,
          programs: s.programs ?? [],
          tags: s.tags ?? [],
          source: s.source ?? "manual",
          createdById: ctx.users.koordinator,
          createdAt: created,
          supporters: {
            create: (s.supporters ?? []).flatMap((title) => {
              const p = position(title);
              return p ? [{ positionId: p.id }] : [];
            }),
          },
        },
        select: { id: true },
      });
      if (!ids.has(s.category) && accepted) ids.set(s.category, issue.id);
      const ownerName = owner?.terms[0]?.personName ?? coordinator?.name ?? "Koordinator";
      const updates = [
        {
          kind: "created",
          body: "",
          createdAt: created,
          authorName: coordinator?.name ?? "Koordinator",
          isPublic: false,
          byOwner: false,
          percentDone: null as number | null,
          toStage: null as IssueStage | null,
          fromStage: null as IssueStage | null,
        },
        ...(accepted
          ? [
              {
                kind: "triage",
                body: `accepted:${owner?.title ?? ""}`,
                createdAt: new Date(created.getTime() + DAY_MS),
                authorName: coordinator?.name ?? "Koordinator",
                isPublic: false,
                byOwner: false,
                percentDone: null,
                toStage: null,
                fromStage: null,
              },
            ]
          : []),
        ...(s.stage && s.stage !== "identification"
          ? [
              {
                kind: "stage",
                body: "",
                createdAt: new Date(created.getTime() + 7 * DAY_MS),
                authorName: coordinator?.name ?? "Koordinator",
                isPublic: !!s.isPublic,
                byOwner: false,
                percentDone: null,
                fromStage: "identification" as IssueStage,
                toStage: s.stage,
              },
            ]
          : []),
        ...(s.notes ?? []).map((n) => ({
          kind: "note",
          body: n.body,
          createdAt: ago(n.daysAgo),
          authorName: n.byOwner ? ownerName : (coordinator?.name ?? "Koordinator"),
          isPublic: !!n.isPublic && !!s.isPublic,
          byOwner: !!n.byOwner,
          percentDone: n.percent ?? null,
          toStage: null,
          fromStage: null,
        })),
      ];
      await db.issueUpdate.createMany({ data: updates.map((u) => ({ ...u, issueId: issue.id })) });
    }
  }
}
