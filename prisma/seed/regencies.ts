import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./foundation";

// Demo records of the regencies capability for Kabupaten Pangandaran (UU 21/2012, split from
// Ciamis) and Kabupaten Malaka (UU 3/2013, split from Belu): formation milestones, the
// Ministry's obligations, regional potentials, leader profiles and earlier terms. People's
// names are fictional; EDOB scores are illustrative.

type Key = "pangandaran" | "malaka";
const d = (s: string) => new Date(s);

const MILESTONES: Record<
  Key,
  { kind: string; title: string; date: string; evidence?: string; score?: number; notes?: string }[]
> = {
  pangandaran: [
    {
      kind: "formation_law",
      title: "UU 21/2012 tentang Pembentukan Kabupaten Pangandaran di Provinsi Jawa Barat",
      date: "2012-11-16",
      evidence: "Lembaran Negara RI Tahun 2012 (JDIH BPHN)",
    },
    {
      kind: "pj_inauguration",
      title: "Pelantikan Penjabat Bupati Pangandaran oleh Menteri Dalam Negeri",
      date: "2013-01-11",
      evidence: "Keputusan Mendagri tentang pengangkatan Pj. Bupati (arsip Bagian Pemerintahan Setda)",
    },
    {
      kind: "hibah",
      title: "Hibah dari Kabupaten Ciamis Rp5 miliar/tahun dan Provinsi Jawa Barat Rp2,5 miliar/tahun selama 2 tahun",
      date: "2013-03-28",
      evidence: "Naskah Perjanjian Hibah Daerah (NPHD) Ciamis–Pangandaran",
      notes: "Sesuai ketentuan hibah dalam undang-undang pembentukan.",
    },
    {
      kind: "p3d_transfer",
      title: "Serah terima P3D (personel, pendanaan, sarana-prasarana, dokumen) dari Kabupaten Ciamis",
      date: "2014-06-30",
      evidence: "Berita Acara Serah Terima P3D",
    },
    {
      kind: "first_elected_bupati",
      title: "Pelantikan Bupati dan Wakil Bupati hasil Pilkada pertama",
      date: "2016-02-17",
      evidence: "Keputusan Mendagri tentang pengesahan pengangkatan Bupati",
    },
    {
      kind: "edob_evaluation",
      title: "Evaluasi Daerah Otonom Baru (EDOB) tahap pertama",
      date: "2016-09-30",
      score: 48.7,
      evidence: "Laporan Tim EDOB Kemendagri",
      notes: "Aspek terlemah: pelayanan publik (ketersediaan puskesmas rawat inap).",
    },
    {
      kind: "capital",
      title: "Peresmian kompleks pusat pemerintahan di Parigi (tahap I)",
      date: "2018-12-20",
      evidence: "BAST pekerjaan konstruksi kantor bupati",
    },
    {
      kind: "edob_evaluation",
      title: "Evaluasi Daerah Otonom Baru (EDOB) tahap kedua",
      date: "2019-10-15",
      score: 56.2,
      evidence: "Laporan Tim EDOB Kemendagri",
    },
    {
      kind: "boundaries",
      title: "Penegasan batas wilayah dengan Kabupaten Ciamis (segmen darat)",
      date: "2021-08-09",
      evidence: "Permendagri tentang Batas Daerah Kabupaten Pangandaran dengan Kabupaten Ciamis",
      notes: "Segmen pesisir masih dalam verifikasi.",
    },
  ],
  malaka: [
    {
      kind: "formation_law",
      title: "UU 3/2013 tentang Pembentukan Kabupaten Malaka di Provinsi Nusa Tenggara Timur",
      date: "2013-01-11",
      evidence: "Lembaran Negara RI Tahun 2013",
    },
    {
      kind: "pj_inauguration",
      title: "Pelantikan Penjabat Bupati Malaka",
      date: "2013-04-22",
      evidence: "Keputusan Mendagri tentang pengangkatan Pj. Bupati",
    },
    {
      kind: "hibah",
      title: "Hibah dari Kabupaten Belu untuk penyelenggaraan pemerintahan awal",
      date: "2013-07-01",
      evidence: "NPHD Belu–Malaka",
    },
    {
      kind: "p3d_transfer",
      title: "Serah terima P3D tahap I dari Kabupaten Belu",
      date: "2014-11-28",
      evidence: "Berita Acara Serah Terima P3D tahap I",
      notes: "Aset tanah dan gedung sekolah menengah masih dalam proses.",
    },
    {
      kind: "first_elected_bupati",
      title: "Pelantikan Bupati dan Wakil Bupati hasil Pilkada pertama",
      date: "2016-02-17",
      evidence: "Keputusan Mendagri",
    },
    {
      kind: "edob_evaluation",
      title: "Evaluasi Daerah Otonom Baru (EDOB)",
      date: "2017-09-29",
      score: 41.3,
      evidence: "Laporan Tim EDOB Kemendagri",
      notes: "Aspek daya saing dan kesejahteraan masih rendah.",
    },
    {
      kind: "capital",
      title: "Penetapan lokasi pusat pemerintahan di Betun",
      date: "2018-05-14",
      evidence: "Perda tentang RTRW Kabupaten Malaka",
    },
  ],
};

const OBLIGATIONS: Record<
  Key,
  {
    title: string;
    aspect: string;
    source: string;
    due?: string;
    position?: string;
    status: "open" | "in_progress" | "fulfilled";
    evidence?: string;
  }[]
> = {
  pangandaran: [
    {
      title: "Penyelesaian P3D dari Kabupaten Ciamis",
      aspect: "formation",
      source: "UU 21/2012 (ketentuan pengalihan P3D); Permendagri 55/2011",
      due: "2014-11-16",
      position: "Sekretaris Daerah",
      status: "fulfilled",
      evidence: "Berita Acara Serah Terima P3D 2014",
    },
    {
      title: "Pembangunan pusat pemerintahan di ibu kota Parigi (tahap II)",
      aspect: "formation",
      source: "UU 21/2012 (ketentuan ibu kota kabupaten)",
      due: "2025-12-31",
      position: "Kepala Dinas Pekerjaan Umum dan Tata Ruang",
      status: "in_progress",
      evidence: "Progres fisik 72% (laporan DPUTR Oktober 2026)",
    },
    {
      title: "Penyusunan dan penetapan Perda RTRW kabupaten",
      aspect: "governance",
      source: "Permendagri 55/2011 (fasilitasi umum pembinaan DOB)",
      due: "2026-06-30",
      position: "Kepala Bappeda",
      status: "open",
    },
    {
      title: "Penegasan batas wilayah segmen pesisir dengan Kabupaten Ciamis",
      aspect: "formation",
      source: "Permendagri 141/2017 tentang Penegasan Batas Daerah",
      due: "2027-06-30",
      position: "Sekretaris Daerah",
      status: "in_progress",
    },
    {
      title: "Peningkatan aspek pelayanan publik dalam evaluasi DOB (bobot 25%)",
      aspect: "public_services",
      source: "PP 6/2008 (EDOB); Permendagri 23/2010",
      due: "2027-03-31",
      position: "Kepala Dinas Kesehatan",
      status: "open",
    },
    {
      title: "Laporan kesejahteraan masyarakat untuk evaluasi DOB (bobot 30%)",
      aspect: "welfare",
      source: "PP 6/2008 (EDOB)",
      due: "2027-03-31",
      position: "Kepala Bappeda",
      status: "open",
    },
  ],
  malaka: [
    {
      title: "Penyelesaian serah terima aset tanah dan gedung dari Kabupaten Belu",
      aspect: "formation",
      source: "UU 3/2013 (ketentuan pengalihan P3D)",
      due: "2016-01-11",
      position: "Sekretaris Daerah",
      status: "in_progress",
      evidence: "BA tahap I 2014; tahap II belum ditandatangani",
    },
    {
      title: "Pembangunan kantor bupati di ibu kota Betun",
      aspect: "formation",
      source: "UU 3/2013 (ketentuan ibu kota kabupaten)",
      due: "2026-12-31",
      position: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
      status: "in_progress",
    },
    {
      title: "Peningkatan daya saing daerah perbatasan (bobot 20%)",
      aspect: "competitiveness",
      source: "PP 6/2008 (EDOB)",
      due: "2027-03-31",
      position: "Kepala Bappeda",
      status: "open",
    },
  ],
};

const POTENTIALS: Record<
  Key,
  {
    sector: string;
    title: string;
    description: string;
    evidence?: string;
    value?: number;
    status: "identified" | "studied" | "being_developed";
  }[]
> = {
  pangandaran: [
    {
      sector: "Pariwisata",
      title: "Kawasan Pantai Pangandaran dan Green Canyon (Cukang Taneuh)",
      description:
        "Destinasi unggulan dengan kunjungan wisatawan tertinggi di selatan Jawa Barat; perlu pengelolaan sampah dan paket wisata terpadu.",
      evidence: "Data kunjungan Dinas Pariwisata 2025",
      value: 85_000_000_000,
      status: "being_developed",
    },
    {
      sector: "Perikanan",
      title: "Perikanan tangkap dan pengolahan hasil laut di Pelabuhan Perikanan Cikidang",
      description: "Produksi tangkapan belum diolah di daerah; peluang industri pengolahan skala kecil-menengah.",
      evidence: "Statistik DKPKP 2025",
      value: 32_000_000_000,
      status: "studied",
    },
    {
      sector: "Perkebunan",
      title: "Gula kelapa (gula merah) rakyat",
      description:
        "Sentra penderes di Kecamatan Cigugur dan Langkaplancar; potensi indikasi geografis dan ekspor gula semut.",
      status: "identified",
    },
  ],
  malaka: [
    {
      sector: "Pertanian",
      title: "Lahan sawah dan jagung di dataran Benenain",
      description:
        "Dataran aluvial Sungai Benenain berpotensi menjadi lumbung pangan perbatasan bila irigasi diperbaiki.",
      evidence: "Kajian Distan 2024",
      value: 40_000_000_000,
      status: "studied",
    },
    {
      sector: "Perdagangan",
      title: "Perdagangan lintas batas dengan Timor-Leste",
      description: "Pasar perbatasan dan jalur logistik menuju Pos Lintas Batas Negara.",
      status: "identified",
    },
  ],
};

// Earlier holders (fictional names) so the history shows terms and a handover.
const EARLIER: Record<
  Key,
  { title: string; person: string; appointment: "definitif" | "pj" | "plt"; start: string; end: string }[]
> = {
  pangandaran: [
    {
      title: "Bupati",
      person: "Drs. Endang Kusnadi, M.Si.",
      appointment: "pj",
      start: "2013-01-11",
      end: "2016-02-16",
    },
    { title: "Bupati", person: "H. Wawan Setiawan", appointment: "definitif", start: "2016-02-17", end: "2025-02-19" },
    {
      title: "Kepala Bappeda",
      person: "Ir. Tatang Sumarna",
      appointment: "definitif",
      start: "2019-03-04",
      end: "2024-01-07",
    },
  ],
  malaka: [
    { title: "Bupati", person: "Drs. Paulus Tefa", appointment: "pj", start: "2013-04-22", end: "2016-02-16" },
    { title: "Bupati", person: "Simon Nahak Bere", appointment: "definitif", start: "2016-02-17", end: "2025-02-19" },
  ],
};

const PROFILES: Record<
  Key,
  Record<
    string,
    { background: string; disciplines: string; leadershipMethod: string; leadershipType: string; profileNotes?: string }
  >
> = {
  pangandaran: {
    Bupati: {
      background: "Pengusaha pariwisata dan mantan Ketua DPRD dua periode.",
      disciplines: "Manajemen bisnis, pariwisata",
      leadershipMethod: "Turun langsung ke lapangan; keputusan diambil dalam rapat pimpinan mingguan.",
      leadershipType: "Transformasional",
      profileNotes:
        "Memprioritaskan isu pariwisata dan infrastruktur jalan pesisir. Lebih suka ringkasan satu halaman.",
    },
    "Wakil Bupati": {
      background: "Birokrat karier, mantan camat dan kepala BPKAD.",
      disciplines: "Administrasi publik, keuangan daerah",
      leadershipMethod: "Koordinasi berbasis data; rapat koordinasi isu dua mingguan.",
      leadershipType: "Partisipatif",
      profileNotes: "Koordinator pengelolaan isu. Menginginkan setiap isu punya penanggung jawab jabatan yang jelas.",
    },
    "Kepala Bappeda": {
      background: "Perencana wilayah, pernah di Bappeda Provinsi Jawa Barat.",
      disciplines: "Perencanaan wilayah, teknik sipil",
      leadershipMethod: "Analitis; memakai kajian dan indikator RPJMD.",
      leadershipType: "Teknokratis",
    },
  },
  malaka: {
    "Sekretaris Daerah": {
      background: "Birokrat karier dari Kabupaten Belu; ikut menyiapkan pembentukan Malaka.",
      disciplines: "Hukum, pemerintahan",
      leadershipMethod: "Konsensus dengan tokoh adat dan gereja sebelum keputusan besar.",
      leadershipType: "Kolaboratif",
      profileNotes: "Koordinator pengelolaan isu. Menguasai riwayat serah terima P3D dari Belu.",
    },
  },
};

/** Demo records of this domain for Kabupaten Pangandaran and Kabupaten Malaka. */
export async function seedRegencies(db: PrismaClient, ctx: SeedContext): Promise<void> {
  // the kop of their printouts (naskah dinas): the Bupati's office, the regency's mail and web domains
  await db.regency.update({
    where: { slug: "pangandaran" },
    data: {
      address: "Jalan Merdeka No. 248, Cintaratu, Kecamatan Parigi, Pangandaran, Jawa Barat 46393",
      phone: "(0265) 2721 000",
      email: "setda@pangandarankab.go.id",
      website: "www.pangandarankab.go.id",
    },
  });
  await db.regency.update({
    where: { slug: "malaka" },
    data: {
      address: "Jalan Ahmad Yani, Betun, Kecamatan Malaka Tengah, Malaka, Nusa Tenggara Timur 85762",
      phone: "(0389) 2510 000",
      email: "setda@malakakab.go.id",
      website: "www.malakakab.go.id",
    },
  });
  // NIPs for the signature blocks (18 digits: born, appointed, sex, serial; lib/users/nip.ts)
  for (const [email, nip] of [
    ["koordinator@mekar.test", "197805122005011003"],
    ["pejabat@mekar.test", "196903171995031002"],
    ["fasilitator@mekar.test", "198811042014022001"],
    ["koordinator.malaka@mekar.test", "198002152006041004"],
  ] as const)
    await db.user.update({ where: { email }, data: { nip } });
  await db.regency.update({
    where: { slug: "pangandaran" },
    data: { figuresSource: "Kepmendagri 300.2.2-2138/2025; BPS (luas 2024, penduduk 2025); Pangandaran Dalam Angka" },
  });
  for (const key of ["pangandaran", "malaka"] as const) {
    const regencyId = ctx.regencies[key];
    await db.regencyMilestone.createMany({
      data: MILESTONES[key].map((m) => ({
        regencyId,
        kind: m.kind as never,
        title: m.title,
        date: d(m.date),
        evidence: m.evidence ?? null,
        score: m.score ?? null,
        notes: m.notes ?? null,
      })),
    });
    const positions = await db.position.findMany({ where: { regencyId }, select: { id: true, title: true } });
    const byTitle = new Map(positions.map((p) => [p.title, p.id]));
    await db.ministryObligation.createMany({
      data: OBLIGATIONS[key].map((o) => ({
        regencyId,
        title: o.title,
        aspect: o.aspect,
        source: o.source,
        dueDate: o.due ? d(o.due) : null,
        responsiblePositionId: o.position ? (byTitle.get(o.position) ?? null) : null,
        status: o.status,
        evidence: o.evidence ?? null,
      })),
    });
    await db.regionalPotential.createMany({
      data: POTENTIALS[key].map((p) => ({
        regencyId,
        sector: p.sector,
        title: p.title,
        description: p.description,
        evidence: p.evidence ?? null,
        estimatedValue: p.value ?? null,
        status: p.status,
      })),
    });
    // earlier terms, and the handovers between consecutive terms of the same position
    for (const e of EARLIER[key]) {
      const positionId = byTitle.get(e.title);
      if (positionId)
        await db.positionTerm.create({
          data: {
            positionId,
            personName: e.person,
            appointment: e.appointment,
            startDate: d(e.start),
            endDate: d(e.end),
          },
        });
    }
    for (const title of new Set(EARLIER[key].map((e) => e.title))) {
      const positionId = byTitle.get(title);
      if (!positionId) continue;
      const terms = await db.positionTerm.findMany({
        where: { positionId },
        orderBy: { startDate: "asc" },
        select: { id: true, startDate: true },
      });
      for (let i = 1; i < terms.length; i++) {
        await db.positionHandover.create({
          data: {
            regencyId,
            positionId,
            fromTermId: terms[i - 1].id,
            toTermId: terms[i].id,
            handedOverOn: terms[i].startDate,
            moved: {},
          },
        });
      }
    }
    for (const [title, profile] of Object.entries(PROFILES[key])) {
      const positionId = byTitle.get(title);
      // the free-text method and type of earlier versions live in the notes, as the
      // leadership_roles migration moved them (the eight roles replace them)
      const { leadershipMethod, leadershipType, ...rest } = profile;
      const profileNotes = [
        rest.profileNotes,
        `Metode kepemimpinan: ${leadershipMethod}`,
        `Tipe kepemimpinan: ${leadershipType}`,
      ]
        .filter(Boolean)
        .join("\n\n");
      if (positionId)
        await db.positionTerm.updateMany({ where: { positionId, endDate: null }, data: { ...rest, profileNotes } });
    }
  }
}
