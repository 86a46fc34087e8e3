import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Sentiment, StakeholderStance, StakeholderType } from "@/lib/generated/prisma/enums";
import type { SeedContext } from "./foundation";
import { DAY_MS } from "@/lib/time";

// Strategic humas demo records: pieces in every state (published, corrected, scheduled,
// awaiting approval, draft, withdrawn), narasi tunggal, media coverage, stakeholders and the
// expert network of Pangandaran, and a little of Malaka. Dates are relative to now.

const ago = (days: number, hour = 9) => {
  const d = new Date(Date.now() - days * DAY_MS);
  d.setUTCHours(hour - 7, 0, 0, 0); // WIB wall clock
  return d;
};
const dateOnly = (days: number) => new Date(new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10));

export async function seedPublications(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const { pangandaran, malaka } = ctx.regencies;
  const humas = ctx.users.humas;
  const koordinator = ctx.users.koordinator;
  const issuesP = await db.issue.findMany({ where: { regencyId: pangandaran }, select: { id: true, title: true } });
  const issuesM = await db.issue.findMany({ where: { regencyId: malaka }, select: { id: true, title: true } });
  const issue = (list: { id: string; title: string }[], prefix: string) =>
    list
      .filter((i) => i.title.startsWith(prefix))
      .map((i) => i.id)
      .slice(0, 1);
  const jalan = issue(issuesP, "Jalan lingkar Pangandaran");
  const p3d = issue(issuesP, "Penyerahan aset P3D");
  const sampah = issue(issuesP, "Keluhan warga soal sampah");
  const guru = issue(issuesP, "Kekurangan guru ASN");
  const nelayan = issue(issuesP, "Penurunan hasil tangkapan");
  const banjir = issue(issuesM, "Banjir tahunan Sungai Benanain");
  const approver = {
    approvedById: koordinator,
    approverName: "Rahmat Hidayat",
    approverTitle: "Wakil Bupati",
    writerName: "Dewi Lestari",
  };

  type PieceSeed = {
    slug: string;
    kind: "issue_update" | "press_release" | "announcement";
    title: string;
    summary: string;
    body: string;
    issues: string[];
    internalNote?: string;
    state: "published" | "corrected" | "scheduled" | "submitted" | "draft" | "withdrawn";
    days: number;
    correction?: { title?: string; summary?: string; body?: string; note: string; days: number };
    reason?: string;
    reviewComment?: string;
  };
  const pieces: PieceSeed[] = [
    {
      slug: "perbaikan-jalan-lingkar-pangandaran-cijulang-dimulai",
      kind: "press_release",
      state: "published",
      days: 12,
      issues: jalan,
      title: "Perbaikan Jalan Lingkar Pangandaran–Cijulang Dimulai Pekan Ini",
      summary:
        "Dinas PUTR memulai perbaikan 7,4 km ruas jalan lingkar yang rusak berat setelah musim hujan; lalu lintas diatur buka-tutup.",
      body: "Pemerintah Kabupaten Pangandaran melalui **Dinas Pekerjaan Umum dan Tata Ruang** memulai perbaikan ruas Jalan Lingkar Pangandaran–Cijulang sepanjang 7,4 km.\n\n- Pekerjaan dibagi dalam tiga segmen.\n- Lalu lintas diatur buka-tutup pukul 08.00–16.00 WIB.\n- Target selesai sebelum libur akhir tahun.\n\nWarga dapat menyampaikan keluhan melalui kanal pengaduan resmi pemerintah daerah.",
      internalNote: "Anggaran berasal dari BTT; jangan sebut angka sebelum DPA perubahan disahkan.",
    },
    {
      slug: "progres-serah-terima-aset-p3d-dari-kabupaten-ciamis",
      kind: "issue_update",
      state: "corrected",
      days: 30,
      issues: p3d,
      title: "Progres Serah Terima Aset P3D dari Kabupaten Ciamis",
      summary: "Sebanyak 214 bidang tanah dan 37 bangunan telah diserahkan; sisanya dalam verifikasi bersama.",
      body: "Tim gabungan Pemkab Pangandaran dan Pemkab Ciamis telah menuntaskan verifikasi **214 bidang tanah** dan **37 bangunan**.\n\nAset yang masih dalam proses akan dibahas dalam rapat koordinasi berikutnya yang difasilitasi Pemerintah Provinsi Jawa Barat.",
      correction: {
        note: "Jumlah bangunan yang telah diserahkan semula tertulis 73; yang benar 37 bangunan.",
        days: 28,
      },
    },
    {
      slug: "jadwal-konsultasi-publik-rencana-tata-ruang-pesisir",
      kind: "announcement",
      state: "scheduled",
      days: -3,
      issues: [],
      title: "Jadwal Konsultasi Publik Rencana Tata Ruang Kawasan Pesisir",
      summary:
        "Konsultasi publik digelar di Aula Setda dan enam kecamatan pesisir; warga dan pelaku usaha diundang hadir.",
      body: "Pemerintah Kabupaten Pangandaran mengundang warga, nelayan dan pelaku usaha wisata untuk memberi masukan atas rancangan rencana tata ruang kawasan pesisir.",
    },
    {
      slug: "pengelolaan-sampah-kawasan-wisata-pantai-barat",
      kind: "issue_update",
      state: "submitted",
      days: 1,
      issues: sampah,
      title: "Langkah Penanganan Sampah di Kawasan Wisata Pantai Barat",
      summary: "Penambahan armada angkut dan jadwal pengangkutan dua kali sehari selama musim liburan.",
      body: "Dinas Lingkungan Hidup menambah dua armada pengangkut dan memberlakukan jadwal pengangkutan dua kali sehari.",
      internalNote: "Menunggu konfirmasi jumlah armada dari DLH sebelum terbit.",
    },
    {
      slug: "rekrutmen-guru-pppk-untuk-sekolah-wilayah-selatan",
      kind: "press_release",
      state: "draft",
      days: 0,
      issues: guru,
      title: "Rekrutmen Guru PPPK untuk Sekolah di Wilayah Selatan",
      summary: "Formasi guru PPPK diprioritaskan untuk SD di kecamatan selatan.",
      body: "Draf: menunggu data formasi dari BKPSDM.",
      internalNote: "Data formasi belum final — jangan diajukan dulu.",
      reviewComment: "Tambahkan jumlah formasi per kecamatan dan kutipan Kepala Disdikbud.",
    },
    {
      slug: "festival-layang-layang-internasional-pangandaran",
      kind: "announcement",
      state: "draft",
      days: 0,
      issues: [],
      title: "Festival Layang-layang Internasional Pangandaran Kembali Digelar",
      summary: "Festival tahunan di Pantai Barat menghadirkan peserta dari 12 negara.",
      body: "Draf: menunggu susunan acara dari Dinas Pariwisata.",
    },
    {
      slug: "bantuan-cuaca-ekstrem-bagi-nelayan",
      kind: "announcement",
      state: "withdrawn",
      days: 20,
      issues: nelayan,
      title: "Bantuan Paceklik bagi Nelayan Terdampak Cuaca Ekstrem",
      summary: "Pendaftaran bantuan paceklik dibuka di kantor kecamatan pesisir.",
      body: "Pendaftaran bantuan paceklik dibuka di kantor kecamatan pesisir.",
      reason: "Jadwal pendaftaran diubah oleh DKPKP; informasi terbaru akan diumumkan kembali.",
    },
  ];

  for (const p of pieces) {
    const onRecord = ["published", "corrected", "scheduled", "withdrawn"].includes(p.state);
    const firstAt = ago(p.days);
    const status =
      p.state === "submitted"
        ? "submitted"
        : p.state === "draft"
          ? "draft"
          : p.state === "withdrawn"
            ? "withdrawn"
            : "approved";
    const piece = await db.publication.create({
      data: {
        regencyId: pangandaran,
        slug: p.slug,
        kind: p.kind,
        status,
        title: p.title,
        summary: p.summary,
        body: p.body,
        internalNote: p.internalNote ?? "",
        authorId: humas,
        publishAt: onRecord ? firstAt : null,
        firstPublishAt: onRecord ? firstAt : null,
        correctionNote: p.correction?.note ?? null,
        reviewComment: p.reviewComment ?? null,
        submittedById: p.state === "draft" && !p.reviewComment ? null : humas,
        submittedAt: p.state === "draft" && !p.reviewComment ? null : ago(Math.max(p.days, 0) + 1),
        withdrawnAt: p.state === "withdrawn" ? ago(p.days - 2) : null,
        withdrawalReason: p.reason ?? null,
        withdrawnById: p.state === "withdrawn" ? koordinator : null,
        createdAt: ago(Math.max(p.days, 0) + 2),
        issues: { create: p.issues.map((issueId) => ({ issueId })) },
      },
    });
    const reviews: { action: string; comment?: string; actorId: string; actorName: string; createdAt: Date }[] = [];
    if (p.state !== "draft" || p.reviewComment)
      reviews.push({
        action: "submitted",
        actorId: humas,
        actorName: "Dewi Lestari",
        createdAt: ago(Math.max(p.days, 0) + 1),
      });
    if (p.reviewComment)
      reviews.push({
        action: "sent_back",
        comment: p.reviewComment,
        actorId: koordinator,
        actorName: "Rahmat Hidayat",
        createdAt: ago(0, 8),
      });
    if (onRecord) {
      const approvedAt = ago(Math.max(p.days, 0) + 1, 15);
      await db.publicationVersion.create({
        data: {
          publicationId: piece.id,
          number: 1,
          title: p.title,
          summary: p.summary,
          body: p.correction ? p.body.replace("**37 bangunan**", "**73 bangunan**") : p.body,
          publishAt: firstAt,
          approvedAt,
          ...approver,
        },
      });
      reviews.push({ action: "approved", actorId: koordinator, actorName: "Rahmat Hidayat", createdAt: approvedAt });
    }
    if (p.correction) {
      await db.publicationVersion.create({
        data: {
          publicationId: piece.id,
          number: 2,
          title: p.title,
          summary: p.summary,
          body: p.body,
          correctionNote: p.correction.note,
          publishAt: ago(p.correction.days, 11),
          approvedAt: ago(p.correction.days, 11),
          ...approver,
        },
      });
      reviews.push({
        action: "correction_started",
        comment: p.correction.note,
        actorId: humas,
        actorName: "Dewi Lestari",
        createdAt: ago(p.correction.days, 10),
      });
      reviews.push({
        action: "approved",
        actorId: koordinator,
        actorName: "Rahmat Hidayat",
        createdAt: ago(p.correction.days, 11),
      });
    }
    if (p.state === "withdrawn")
      reviews.push({
        action: "withdrawn",
        comment: p.reason,
        actorId: koordinator,
        actorName: "Rahmat Hidayat",
        createdAt: ago(p.days - 2),
      });
    await db.publicationReview.createMany({ data: reviews.map((r) => ({ ...r, publicationId: piece.id })) });
  }

  await db.publication.create({
    data: {
      regencyId: malaka,
      slug: "penanganan-banjir-sungai-benanain",
      kind: "issue_update",
      title: "Penanganan Banjir Sungai Benanain",
      summary: "Draf pembaruan isu banjir tahunan.",
      body: "Draf.",
      internalNote: "Menunggu data BPBD Malaka.",
      authorId: ctx.users.koordinatorMalaka,
      issues: { create: banjir.map((issueId) => ({ issueId })) },
    },
  });
  // Malaka's pipeline: a piece awaiting approval, one sent back with a comment, one scheduled
  const mAuthor = ctx.users.humasMalaka;
  const mSubmitted = await db.publication.create({
    data: {
      regencyId: malaka,
      slug: "pembukaan-pendaftaran-beasiswa-putra-putri-malaka",
      kind: "announcement",
      status: "submitted",
      title: "Pendaftaran Beasiswa Putra-Putri Malaka Dibuka",
      summary: "Beasiswa bagi 150 lulusan SMA/SMK asal Malaka untuk kuliah di perguruan tinggi negeri.",
      body: "Pendaftaran dibuka melalui Dinas Pendidikan, Pemuda dan Olahraga sampai akhir bulan.",
      authorId: mAuthor,
      submittedById: mAuthor,
      submittedAt: ago(1),
      createdAt: ago(3),
    },
  });
  const mSentBack = await db.publication.create({
    data: {
      regencyId: malaka,
      slug: "panen-raya-jagung-di-lahan-kering-malaka",
      kind: "press_release",
      status: "draft",
      title: "Panen Raya Jagung di Lahan Kering Malaka",
      summary: "Bupati membuka panen raya jagung hibrida di Kecamatan Rinhat.",
      body: "Panen raya jagung hibrida di lahan kering Rinhat menghasilkan rata-rata 4,2 ton per hektare.",
      authorId: mAuthor,
      submittedById: mAuthor,
      submittedAt: ago(2),
      reviewComment: "Cantumkan sumber angka produktivitas (Distan atau BPS) dan foto kegiatan.",
      createdAt: ago(4),
    },
  });
  const mScheduled = await db.publication.create({
    data: {
      regencyId: malaka,
      slug: "jadwal-pelayanan-adminduk-keliling-desember",
      kind: "announcement",
      status: "approved",
      title: "Jadwal Pelayanan Adminduk Keliling Bulan Ini",
      summary: "Pelayanan KTP-el dan akta kelahiran keliling di enam kecamatan.",
      body: "Pelayanan administrasi kependudukan keliling hadir di enam kecamatan sesuai jadwal berikut.",
      authorId: mAuthor,
      submittedById: mAuthor,
      submittedAt: ago(2),
      publishAt: ago(-2),
      firstPublishAt: ago(-2),
      createdAt: ago(3),
    },
  });
  await db.publicationVersion.create({
    data: {
      publicationId: mScheduled.id,
      number: 1,
      title: mScheduled.title,
      summary: mScheduled.summary,
      body: mScheduled.body,
      publishAt: ago(-2),
      approvedAt: ago(1, 15),
      approvedById: ctx.users.koordinatorMalaka,
      approverName: "Yohanes Nahak, S.H., M.Si.",
      approverTitle: "Sekretaris Daerah",
      writerName: "Theresia Luruk",
    },
  });
  await db.publicationReview.createMany({
    data: [
      {
        publicationId: mSubmitted.id,
        action: "submitted",
        actorId: mAuthor,
        actorName: "Theresia Luruk",
        createdAt: ago(1),
      },
      {
        publicationId: mSentBack.id,
        action: "submitted",
        actorId: mAuthor,
        actorName: "Theresia Luruk",
        createdAt: ago(2),
      },
      {
        publicationId: mSentBack.id,
        action: "sent_back",
        comment: "Cantumkan sumber angka produktivitas (Distan atau BPS) dan foto kegiatan.",
        actorId: null,
        actorName: "Maria Goreti Un",
        createdAt: ago(1),
      },
      {
        publicationId: mScheduled.id,
        action: "submitted",
        actorId: mAuthor,
        actorName: "Theresia Luruk",
        createdAt: ago(2),
      },
      {
        publicationId: mScheduled.id,
        action: "approved",
        actorId: ctx.users.koordinatorMalaka,
        actorName: "Yohanes Nahak",
        createdAt: ago(1, 15),
      },
    ],
  });

  // Narasi tunggal
  const narrative = [
    ...jalan.flatMap((issueId) =>
      [
        "Perbaikan jalan lingkar adalah prioritas pemulihan pascabencana tahun ini.",
        "Pekerjaan diatur buka-tutup agar arus wisatawan dan ekonomi warga tetap berjalan.",
      ].map((text) => ({ issueId, text })),
    ),
    ...p3d.flatMap((issueId) =>
      [
        "Serah terima aset P3D berjalan melalui verifikasi bersama dan difasilitasi Pemprov Jawa Barat.",
        "Pemkab Pangandaran dan Pemkab Ciamis bersepakat menyelesaikan sisa aset secara musyawarah.",
      ].map((text) => ({ issueId, text })),
    ),
    ...sampah.map((issueId) => ({
      issueId,
      text: "Kebersihan pantai adalah tanggung jawab bersama pemerintah, pelaku usaha dan wisatawan.",
    })),
  ];
  await db.narrativeMessage.createMany({
    data: narrative.map((n) => ({ ...n, regencyId: pangandaran, approvedById: koordinator, createdAt: ago(40) })),
  });

  // Pemantauan media
  const coverage: {
    outlet: string;
    mediaType: string;
    days: number;
    headline: string;
    sentiment: Sentiment;
    reach: number;
    issues: string[];
    regencyId?: string;
  }[] = [
    {
      outlet: "Pikiran Rakyat",
      mediaType: "online",
      days: 150,
      headline: "Warga Cijulang Keluhkan Jalan Lingkar Berlubang",
      sentiment: "negatif",
      reach: 45000,
      issues: jalan,
    },
    {
      outlet: "Kabar Priangan",
      mediaType: "cetak",
      days: 120,
      headline: "DPRD Desak Perbaikan Jalan Lingkar Pangandaran",
      sentiment: "negatif",
      reach: 12000,
      issues: jalan,
    },
    {
      outlet: "Radar Tasikmalaya",
      mediaType: "online",
      days: 95,
      headline: "Serah Terima Aset dari Ciamis Kembali Dibahas",
      sentiment: "netral",
      reach: 18000,
      issues: p3d,
    },
    {
      outlet: "TVRI Jawa Barat",
      mediaType: "tv",
      days: 70,
      headline: "Pangandaran Siapkan Armada Tambahan untuk Sampah Pantai",
      sentiment: "positif",
      reach: 90000,
      issues: sampah,
    },
    {
      outlet: "Instagram @infopangandaran",
      mediaType: "medsos",
      days: 40,
      headline: "Tumpukan Sampah di Pantai Barat Viral",
      sentiment: "negatif",
      reach: 150000,
      issues: sampah,
    },
    {
      outlet: "Detik Jabar",
      mediaType: "online",
      days: 28,
      headline: "Aset P3D: 37 Bangunan Sudah Diserahkan ke Pangandaran",
      sentiment: "positif",
      reach: 60000,
      issues: p3d,
    },
    {
      outlet: "RRI Tasikmalaya",
      mediaType: "radio",
      days: 12,
      headline: "Perbaikan Jalan Lingkar Dimulai, Warga Diminta Bersabar",
      sentiment: "positif",
      reach: 25000,
      issues: jalan,
    },
    {
      outlet: "Kabar Priangan",
      mediaType: "online",
      days: 6,
      headline: "Nelayan Pangandaran Menanti Kepastian Bantuan Paceklik",
      sentiment: "negatif",
      reach: 14000,
      issues: nelayan,
    },
    {
      outlet: "Pos Kupang",
      mediaType: "online",
      days: 30,
      headline: "Banjir Benanain Rendam Ratusan Hektare Sawah di Malaka",
      sentiment: "negatif",
      reach: 30000,
      issues: banjir,
      regencyId: malaka,
    },
  ];
  for (const c of coverage) {
    await db.mediaCoverage.create({
      data: {
        regencyId: c.regencyId ?? pangandaran,
        outlet: c.outlet,
        mediaType: c.mediaType,
        url: `https://contoh.example/berita/${c.days}-${c.headline.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
        publishedOn: dateOnly(c.days),
        headline: c.headline,
        sentiment: c.sentiment,
        reach: c.reach,
        createdById: c.regencyId ? ctx.users.koordinatorMalaka : humas,
        issues: { create: c.issues.map((issueId) => ({ issueId })) },
      },
    });
  }

  // Pemangku kepentingan
  const stakeholders: {
    name: string;
    organisation: string;
    type: StakeholderType;
    power: number;
    interest: number;
    stance: StakeholderStance;
    issues: string[];
    regencyId?: string;
  }[] = [
    {
      name: "Ketua Komisi III DPRD",
      organisation: "DPRD Kabupaten Pangandaran",
      type: "dprd",
      power: 5,
      interest: 5,
      stance: "neutral",
      issues: jalan,
    },
    {
      name: "Bupati Ciamis",
      organisation: "Pemerintah Kabupaten Ciamis (kabupaten induk)",
      type: "government",
      power: 5,
      interest: 4,
      stance: "neutral",
      issues: p3d,
    },
    {
      name: "Biro Pemerintahan Pemprov Jawa Barat",
      organisation: "Pemerintah Provinsi Jawa Barat",
      type: "government",
      power: 5,
      interest: 2,
      stance: "supportive",
      issues: p3d,
    },
    {
      name: "Ketua HNSI Pangandaran",
      organisation: "Himpunan Nelayan Seluruh Indonesia",
      type: "community",
      power: 2,
      interest: 5,
      stance: "opposed",
      issues: nelayan,
    },
    {
      name: "Ketua PHRI Pangandaran",
      organisation: "Perhimpunan Hotel dan Restoran Indonesia",
      type: "business",
      power: 3,
      interest: 4,
      stance: "supportive",
      issues: sampah,
    },
    {
      name: "Forum Warga Cijulang",
      organisation: "Paguyuban warga",
      type: "community",
      power: 2,
      interest: 4,
      stance: "opposed",
      issues: jalan,
    },
    {
      name: "Redaksi Kabar Priangan",
      organisation: "Media lokal",
      type: "media",
      power: 3,
      interest: 3,
      stance: "neutral",
      issues: [],
    },
    {
      name: "Pengurus MUI Kecamatan Parigi",
      organisation: "Majelis Ulama Indonesia",
      type: "religious",
      power: 2,
      interest: 2,
      stance: "supportive",
      issues: [],
    },
    {
      name: "Tokoh adat Suku Tetun",
      organisation: "Lembaga adat",
      type: "adat",
      power: 4,
      interest: 4,
      stance: "neutral",
      issues: banjir,
      regencyId: malaka,
    },
  ];
  for (const s of stakeholders) {
    const { issues, regencyId, ...data } = s;
    await db.stakeholder.create({
      data: {
        ...data,
        regencyId: regencyId ?? pangandaran,
        issues: { create: issues.map((issueId) => ({ issueId })) },
      },
    });
  }

  // Jejaring pakar
  const experts = [
    {
      name: "Dr. Rina Kartikasari",
      discipline: "Teknik sipil",
      institution: "Universitas Siliwangi",
      expertise: "Perkerasan jalan dan drainase",
      phone: "+62 812-2200-1101",
      email: "rina.kartikasari@contoh.ac.id",
      issues: jalan,
    },
    {
      name: "Prof. Hendra Gunawan",
      discipline: "Hukum administrasi negara",
      institution: "Universitas Padjadjaran",
      expertise: "Serah terima aset daerah otonom baru",
      phone: "+62 813-2100-4402",
      email: "hendra.gunawan@contoh.ac.id",
      issues: p3d,
    },
    {
      name: "Sri Wahyuni, M.Si.",
      discipline: "Kelautan dan perikanan",
      institution: "BRIN",
      expertise: "Iklim dan hasil tangkapan nelayan pesisir selatan",
      phone: "+62 821-3300-7788",
      email: "sri.wahyuni@contoh.go.id",
      issues: nelayan,
    },
    {
      name: "Andi Pratama",
      discipline: "Komunikasi publik",
      institution: "Diskominfo Provinsi Jawa Barat",
      expertise: "Manajemen krisis komunikasi dan media sosial",
      phone: "+62 811-2400-9090",
      email: "andi.pratama@contoh.go.id",
      issues: sampah,
    },
    {
      name: "Yuliana Bere",
      discipline: "Hidrologi",
      institution: "Universitas Nusa Cendana",
      expertise: "Pengendalian banjir DAS Benanain",
      phone: "+62 812-3700-5511",
      email: "yuliana.bere@contoh.ac.id",
      issues: banjir,
      regencyId: malaka,
    },
  ];
  for (const e of experts) {
    const { issues, regencyId, ...data } = e;
    await db.expertContact.create({
      data: {
        ...data,
        regencyId: regencyId ?? pangandaran,
        issues: { create: issues.map((issueId) => ({ issueId })) },
      },
    });
  }
}
