import { createHmac } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AspirationCategory, AspirationStatus, AspirationTier } from "@/lib/generated/prisma/enums";
import { deadlineFrom } from "@/lib/aspirations/deadlines";
import type { SeedContext } from "./foundation";

// Citizens' aspirations for Pangandaran and Malaka in every status: one just received, one
// verified, one forwarded to Dinkes and answered publicly, one rejected with its reason, one
// forwarded and left unanswered long past its deadline (escalated, its notifications sent), a
// closed one, and the humas reply templates. Names and contacts are fictional.

const DAY = 86_400_000;
const ago = (days: number, hour = 9) => {
  const d = new Date(Date.now() - days * DAY);
  d.setUTCHours(hour - 7, 15, 0, 0);
  return d;
};
// a fixed demo code per row (the app draws random ones)
const senderHash = (n: number) => createHmac("sha256", "demo-sender").update(String(n)).digest("base64url");

type Row = {
  code: string;
  category: AspirationCategory;
  text: string;
  senderName?: string;
  senderContact?: string;
  daysAgo: number;
  issueTitle?: string;
  status: AspirationStatus;
  tier?: AspirationTier;
  agencyShort?: string;
  forwardDaysAgo?: number;
  answer?: { daysAgo: number; body: string; isPublic: boolean; byAgency: boolean };
  rejectReason?: string;
};

const PANGANDARAN: Row[] = [
  {
    code: "PGD2-KMPR-JN3A",
    category: "pengaduan",
    text: "Lampu penerangan jalan di Jalan Raya Parigi dekat SMPN 1 sudah padam dua minggu. Malam hari gelap dan rawan kecelakaan, mohon segera diperbaiki.",
    senderName: "Ujang Suherman",
    senderContact: "0812-2233-4455",
    daysAgo: 1,
    status: "received",
  },
  {
    code: "PGD3-SMPH-PNTA",
    category: "aspirasi",
    text: "Usul agar tempat sampah terpilah ditambah di sepanjang pantai barat dan ada jadwal angkut sore hari saat musim libur.",
    daysAgo: 2,
    issueTitle: "Keluhan warga soal sampah di kawasan wisata pantai barat",
    status: "verified",
    tier: "standard",
  },
  {
    code: "PGD4-PKMS-QBAT",
    category: "permintaan_informasi",
    text: "Apakah benar stok obat hipertensi di Puskesmas Padaherang kosong? Ibu saya harus membeli sendiri di apotek bulan ini.",
    senderName: "Rina Marlina",
    senderContact: "rina.marlina@example.id",
    daysAgo: 12,
    issueTitle: "Puskesmas Padaherang kekurangan tenaga dokter",
    status: "answered",
    tier: "standard",
    agencyShort: "Dinkes",
    forwardDaysAgo: 11,
    answer: {
      daysAgo: 8,
      isPublic: true,
      byAgency: true,
      body: "Terima kasih atas laporannya. Stok amlodipin di Puskesmas Padaherang sempat habis pada pekan kedua karena keterlambatan distribusi dari gudang farmasi. Stok sudah dipenuhi kembali sejak Senin dan pasien dapat mengambil obat seperti biasa dengan membawa kartu BPJS.",
    },
  },
  {
    code: "PGD5-TNAH-WRS2",
    category: "pengaduan",
    text: "Tetangga saya membangun pagar melewati batas tanah warisan keluarga kami. Mohon pemda menyelesaikan.",
    senderName: "Dadang",
    daysAgo: 9,
    status: "rejected",
    rejectReason:
      "Sengketa batas tanah antarwarga bukan kewenangan pemerintah kabupaten. Silakan menempuh musyawarah di desa atau menghubungi Kantor Pertanahan (BPN) Kabupaten Pangandaran untuk pengukuran ulang.",
  },
  {
    code: "PGD6-JKN5-BNGA",
    category: "pengaduan",
    text: "Lubang besar di jalan lingkar dekat Cijulang sudah memakan korban pengendara motor. Sudah dilaporkan ke desa tapi belum ada tindakan.",
    senderContact: "0813-9988-7766",
    daysAgo: 30,
    issueTitle: "Jalan lingkar Pangandaran–Cijulang rusak berat setelah musim hujan",
    status: "forwarded",
    tier: "standard",
    agencyShort: "DPUTR",
    forwardDaysAgo: 28,
  },
  {
    code: "PGD7-BSWA-PNDK",
    category: "permintaan_informasi",
    text: "Kapan pendaftaran beasiswa daerah untuk mahasiswa dibuka tahun ini dan apa syaratnya?",
    daysAgo: 40,
    status: "closed",
    tier: "standard",
    answer: {
      daysAgo: 37,
      isPublic: false,
      byAgency: false,
      body: "Pendaftaran beasiswa daerah dibuka 1–31 Juli melalui laman Disdikbud. Syarat: KTP/KK Pangandaran, surat aktif kuliah, dan transkrip nilai terakhir.",
    },
  },
];

const MALAKA: Row[] = [
  {
    code: "MKA2-AYRB-RSH3",
    category: "pengaduan",
    text: "Air bersih di Desa Kamanasa hanya mengalir dua hari sekali sejak September. Warga harus membeli air tangki.",
    senderName: "Maria Bere",
    daysAgo: 3,
    status: "received",
  },
  {
    code: "MKA3-PSKM-BTNN",
    category: "permintaan_informasi",
    text: "Apakah Puskesmas Betun melayani persalinan malam hari? Kami dari Weliman jauh dari rumah sakit.",
    daysAgo: 10,
    status: "answered",
    tier: "standard",
    agencyShort: "Dinkes",
    forwardDaysAgo: 9,
    answer: {
      daysAgo: 6,
      isPublic: true,
      byAgency: true,
      body: "Puskesmas Betun melayani persalinan 24 jam dengan bidan jaga. Untuk persalinan berisiko, ambulans desa dapat dihubungi melalui kepala desa.",
    },
  },
];

async function seedRegency(db: PrismaClient, regencyId: string, rows: Row[], offset: number) {
  const regency = await db.regency.findUniqueOrThrow({
    where: { id: regencyId },
    select: {
      timeZone: true,
      aspirationFirstResponseDays: true,
      aspirationStandardDays: true,
      agencies: { select: { id: true, name: true, shortName: true } },
      issues: { select: { id: true, title: true } },
    },
  });
  for (const [i, r] of rows.entries()) {
    const createdAt = ago(r.daysAgo);
    const agency = r.agencyShort ? regency.agencies.find((a) => a.shortName === r.agencyShort) : undefined;
    const start = r.forwardDaysAgo !== undefined ? ago(r.forwardDaysAgo, 10) : createdAt;
    const days =
      r.status === "received" || r.status === "rejected"
        ? regency.aspirationFirstResponseDays
        : regency.aspirationStandardDays;
    const deadline = deadlineFrom(start, days, regency.timeZone);
    const answeredAt = r.answer ? ago(r.answer.daysAgo, 14) : null;
    const events: {
      kind: string;
      status: AspirationStatus;
      body?: string;
      isPublic: boolean;
      agencyName?: string;
      createdAt: Date;
    }[] = [{ kind: "status", status: "received", isPublic: true, createdAt }];
    if (r.status !== "received" && r.status !== "rejected")
      events.push({ kind: "status", status: "verified", isPublic: true, createdAt: ago(r.daysAgo - 1, 8) });
    if (agency)
      events.push({ kind: "status", status: "forwarded", isPublic: true, agencyName: agency.name, createdAt: start });
    if (r.answer && answeredAt)
      events.push({
        kind: "answer",
        status: "answered",
        body: r.answer.body,
        isPublic: r.answer.isPublic,
        agencyName: r.answer.byAgency ? agency?.name : undefined,
        createdAt: answeredAt,
      });
    if (r.status === "closed")
      events.push({ kind: "status", status: "closed", isPublic: true, createdAt: ago(r.answer!.daysAgo - 1, 9) });
    if (r.status === "rejected")
      events.push({
        kind: "status",
        status: "rejected",
        body: r.rejectReason,
        isPublic: true,
        createdAt: ago(r.daysAgo - 1, 10),
      });
    const issue = r.issueTitle ? regency.issues.find((x) => x.title === r.issueTitle) : undefined;
    await db.aspiration.create({
      data: {
        regencyId,
        code: r.code,
        category: r.category,
        text: r.text,
        senderName: r.senderName ?? null,
        senderContact: r.senderContact ?? null,
        issueId: issue?.id ?? null,
        status: r.status,
        tier: r.tier ?? null,
        ...deadline,
        forwardedAgencyId: agency?.id ?? null,
        rejectReason: r.rejectReason ?? null,
        firstRespondedAt: r.status === "received" ? null : ago(r.daysAgo - 1, 8),
        answeredAt,
        answeredOnTime: answeredAt ? answeredAt < deadline.dueAt : null,
        closedAt: r.status === "closed" || r.status === "rejected" ? ago(Math.max(r.daysAgo - 4, 0)) : null,
        senderHash: senderHash(offset + i),
        createdAt,
        events: { create: events },
      },
    });
  }
}

export async function seedAspirations(db: PrismaClient, ctx: SeedContext) {
  await seedRegency(db, ctx.regencies.pangandaran, PANGANDARAN, 0);
  await seedRegency(db, ctx.regencies.malaka, MALAKA, 100);
  await db.replyTemplate.createMany({
    data: [
      {
        regencyId: ctx.regencies.pangandaran,
        title: "Diterima dan diteruskan",
        body: "Terima kasih, Bapak/Ibu. Laporan Anda sudah kami terima dan kami teruskan ke perangkat daerah yang berwenang. Perkembangannya dapat Anda lihat dengan kode pelacakan Anda.",
      },
      {
        regencyId: ctx.regencies.pangandaran,
        title: "Di luar kewenangan",
        body: "Terima kasih atas laporannya. Persoalan ini berada di luar kewenangan Pemerintah Kabupaten Pangandaran; silakan menghubungi instansi berikut: …",
      },
      {
        regencyId: ctx.regencies.malaka,
        title: "Diterima dan diteruskan",
        body: "Terima kasih, Bapa/Mama. Laporan sudah kami terima dan teruskan ke dinas terkait. Silakan pantau dengan kode pelacakan.",
      },
    ],
  });
}
