import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IsoRating } from "@/lib/generated/prisma/enums";
import { ISO_INDICATORS } from "@/lib/iso/assessments/indicators";
import { computeReviewInputs } from "@/lib/iso/reviews/inputs";
import type { SeedContext } from "./foundation";
import { DAY_MS } from "@/lib/time";

// ISO records of the two demo regencies: nonconformities in every state (with corrective
// actions, verification and history), an internal audit whose finding became a
// nonconformity, and verified ISO 18091 self-assessments for two periods to compare.
// People's names are fictional; dates are relative to today.

const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);
const dateOnly = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);

// One letter per indicator in ISO_INDICATORS order: R red, Y yellow, G green, N not measurable.
const PANGANDARAN_2024 = "RYRYRYRYYY" + "YRYRGYRY" + "YYRYRYYRY" + "NRYNRYNRN" + "YNY";
const PANGANDARAN_2025 = "YYGYYYGYGY" + "YYGYGYGY" + "GYYYYGGYG" + "NYYNYGNYN" + "YNY";
const MALAKA_2024 = "RRYRRYRYRR" + "RYRRYRRY" + "YRRYRRYRR" + "NRRNRYNRN" + "RNY";
const LETTER: Record<string, IsoRating> = { R: "red", Y: "yellow", G: "green", N: "not_measurable" };

export async function seedIso(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const { pangandaran, malaka } = ctx.regencies;
  const koordinator = ctx.users.koordinator;
  const pejabat = ctx.users.pejabat;
  const agency = async (regencyId: string, shortName: string) =>
    (await db.agency.findFirstOrThrow({ where: { regencyId, shortName } })).id;
  const position = async (regencyId: string, title: string) =>
    (await db.position.findFirstOrThrow({ where: { regencyId, title } })).id;
  const events: {
    regencyId: string;
    recordType: string;
    recordId: string;
    event: string;
    fromStatus?: string;
    toStatus?: string;
    note?: string;
    actorId: string;
    createdAt: Date;
  }[] = [];

  // --- Pangandaran: an internal audit of Dinkes whose major finding became KTS-1 (closed) ---
  const dinkes = await agency(pangandaran, "Dinkes");
  const audit = await db.isoAudit.create({
    data: {
      regencyId: pangandaran,
      programYear: daysAgo(60).getUTCFullYear(),
      title: "Audit internal pelayanan perizinan tenaga kesehatan",
      scope: "Penerbitan Surat Izin Praktik (SIP) bidan dan perawat di Dinas Kesehatan",
      criteria: "SNI ISO 9001:2015 klausul 8.5 dan 7.5; SOP penerbitan SIP; Permenkes 2/2025",
      auditedAgencyId: dinkes,
      leadAuditorId: pejabat,
      startDate: dateOnly(daysAgo(62)),
      endDate: dateOnly(daysAgo(60)),
      status: "completed",
      createdById: koordinator,
      createdAt: daysAgo(70),
    },
  });
  events.push({
    regencyId: pangandaran,
    recordType: "audit",
    recordId: audit.id,
    event: "created",
    toStatus: "planned",
    actorId: koordinator,
    createdAt: daysAgo(70),
  });
  events.push({
    regencyId: pangandaran,
    recordType: "audit",
    recordId: audit.id,
    event: "completed",
    fromStatus: "planned",
    toStatus: "completed",
    actorId: pejabat,
    createdAt: daysAgo(58),
  });

  const nc1 = await db.isoNonconformity.create({
    data: {
      regencyId: pangandaran,
      number: 1,
      title: "SIP diterbitkan tanpa verifikasi STR yang masih berlaku",
      source: "internal_audit",
      sourceRef: `audit:${audit.id}`,
      agencyId: dinkes,
      description: "Dari 12 berkas SIP yang diambil sampel, 3 diterbitkan tanpa bukti pengecekan STR pada sistem KKI.",
      requirement: "SOP penerbitan SIP butir 5.3; SNI ISO 9001:2015 klausul 8.5.1",
      evidence: "Berkas SIP No. 045, 051, 067 tahun berjalan",
      severity: "major",
      correction: "Ketiga STR dicek ulang; semuanya masih berlaku.",
      rootCause:
        "1. Mengapa tidak dicek? Petugas loket mengira STR sudah dicek puskesmas.\n2. Mengapa? SOP tidak menyebut siapa yang mengecek.\n3. Mengapa? SOP disusun sebelum layanan dipindah ke MPP.",
      similarChecked: "Izin apotek dan klinik diperiksa: tidak ditemukan kasus serupa.",
      status: "closed",
      verifiedById: koordinator,
      verifiedAt: daysAgo(10),
      verificationNote: "Sampel 15 berkas SIP bulan lalu: semua memiliki bukti cek STR.",
      closedAt: daysAgo(10),
      createdById: pejabat,
      createdAt: daysAgo(58),
      version: 6,
      actions: {
        create: [
          {
            description: "Revisi SOP penerbitan SIP: cek STR oleh petugas verifikasi MPP dengan tangkapan layar KKI",
            ownerPositionId: await position(pangandaran, "Kepala Dinas Kesehatan"),
            dueDate: dateOnly(daysAgo(30)),
            doneAt: daysAgo(32),
            doneNote: "SOP revisi 2 ditetapkan Kadinkes",
            createdAt: daysAgo(55),
          },
          {
            description: "Sosialisasi SOP revisi kepada petugas MPP",
            ownerUserId: pejabat,
            dueDate: dateOnly(daysAgo(20)),
            doneAt: daysAgo(21),
            doneNote: "Daftar hadir sosialisasi 14 petugas",
            createdAt: daysAgo(55),
          },
        ],
      },
    },
  });
  await db.isoAuditFinding.createMany({
    data: [
      {
        auditId: audit.id,
        kind: "major_nc",
        clause: "8.5.1",
        statement: "SIP diterbitkan tanpa bukti verifikasi STR yang masih berlaku.",
        evidence: "3 dari 12 berkas sampel",
        nonconformityId: nc1.id,
        createdById: pejabat,
        createdAt: daysAgo(61),
      },
      {
        auditId: audit.id,
        kind: "observation",
        clause: "7.5.3",
        statement: "Daftar induk dokumen belum memuat formulir permohonan versi terbaru.",
        evidence: "Daftar induk per Agustus",
        createdById: pejabat,
        createdAt: daysAgo(61),
      },
      {
        auditId: audit.id,
        kind: "ofi",
        clause: "10.3",
        statement: "Status permohonan SIP dapat diumumkan lewat aplikasi agar pemohon tidak bolak-balik.",
        createdById: pejabat,
        createdAt: daysAgo(60),
      },
    ],
  });
  for (const [event, from, to, actor, ago, note] of [
    ["created", null, "open", pejabat, 58, null],
    ["started", "open", "in_progress", koordinator, 54, null],
    ["verification_requested", "in_progress", "awaiting_verification", koordinator, 18, null],
    [
      "verified_closed",
      "awaiting_verification",
      "closed",
      koordinator,
      10,
      "Sampel 15 berkas SIP bulan lalu: semua memiliki bukti cek STR.",
    ],
  ] as const)
    events.push({
      regencyId: pangandaran,
      recordType: "nonconformity",
      recordId: nc1.id,
      event,
      fromStatus: from ?? undefined,
      toStatus: to,
      actorId: actor,
      createdAt: daysAgo(ago),
      note: note ?? undefined,
    });

  // KTS-2: in progress, one action overdue
  const nc2 = await db.isoNonconformity.create({
    data: {
      regencyId: pangandaran,
      number: 2,
      title: "Penerbitan KTP-el melebihi waktu layanan SOP",
      source: "public_complaint",
      agencyId: await agency(pangandaran, "Disdukcapil"),
      description:
        "Pengaduan melalui SP4N-LAPOR!: penerbitan KTP-el di Kecamatan Cijulang rata-rata 21 hari, sedangkan maklumat pelayanan menetapkan 14 hari.",
      requirement: "Maklumat pelayanan Adminduk; standar pelayanan KTP-el",
      evidence: "Rekap 9 pengaduan LAPOR! September–Oktober",
      severity: "minor",
      correction: "Loket tambahan dibuka setiap Selasa dan Kamis.",
      rootCause: "Blangko KTP-el habis dua kali karena permintaan ke Ditjen Dukcapil tidak dijadwalkan.",
      similarChecked: "Kecamatan Parigi dan Padaherang: waktu layanan sesuai maklumat.",
      status: "in_progress",
      createdById: koordinator,
      createdAt: daysAgo(35),
      version: 4,
      actions: {
        create: [
          {
            description: "Jadwal permintaan blangko triwulanan ke Ditjen Dukcapil",
            ownerPositionId: await position(pangandaran, "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
            dueDate: dateOnly(daysAgo(3)),
            createdAt: daysAgo(30),
          },
          {
            description: "Pemantauan waktu layanan mingguan dilaporkan pada rakor",
            ownerUserId: koordinator,
            dueDate: dateOnly(daysAgo(-25)),
            createdAt: daysAgo(30),
          },
        ],
      },
    },
  });
  events.push({
    regencyId: pangandaran,
    recordType: "nonconformity",
    recordId: nc2.id,
    event: "created",
    toStatus: "open",
    actorId: koordinator,
    createdAt: daysAgo(35),
  });
  events.push({
    regencyId: pangandaran,
    recordType: "nonconformity",
    recordId: nc2.id,
    event: "started",
    fromStatus: "open",
    toStatus: "in_progress",
    actorId: koordinator,
    createdAt: daysAgo(29),
  });

  // KTS-3: just recorded, no plan yet
  const nc3 = await db.isoNonconformity.create({
    data: {
      regencyId: pangandaran,
      number: 3,
      title: "Laporan realisasi anggaran OPD terlambat diserahkan",
      source: "process_monitoring",
      agencyId: await agency(pangandaran, "BPKAD"),
      description: "Lima OPD menyerahkan laporan realisasi triwulan III lebih dari 10 hari kerja setelah batas waktu.",
      requirement: "Perbup tentang sistem dan prosedur pengelolaan keuangan daerah, Pasal 41",
      evidence: "Rekap BPKAD per 15 Oktober",
      severity: "minor",
      createdById: pejabat,
      createdAt: daysAgo(6),
    },
  });
  events.push({
    regencyId: pangandaran,
    recordType: "nonconformity",
    recordId: nc3.id,
    event: "created",
    toStatus: "open",
    actorId: pejabat,
    createdAt: daysAgo(6),
  });

  // --- Pangandaran: self-assessments 2024 and 2025, both verified by someone else ---
  for (const [period, pattern, ago] of [
    ["2024", PANGANDARAN_2024, 380],
    ["2025", PANGANDARAN_2025, 20],
  ] as const) {
    const a = await db.isoAssessment.create({
      data: {
        regencyId: pangandaran,
        period,
        status: "verified",
        assessorId: koordinator,
        verifierId: pejabat,
        submittedAt: daysAgo(ago - 5),
        verifiedAt: daysAgo(ago - 9),
        createdAt: daysAgo(ago),
        version: 3,
        ratings: {
          create: ISO_INDICATORS.map((ind, n) => ({
            indicatorCode: ind.code,
            rating: LETTER[pattern[n]],
            evidence:
              pattern[n] === "R" ? "Belum ada dokumen pendukung" : pattern[n] === "N" ? "" : "Laporan OPD dan data BPS",
            notes: "",
          })),
        },
      },
    });
    events.push({
      regencyId: pangandaran,
      recordType: "assessment",
      recordId: a.id,
      event: "created",
      toStatus: "draft",
      actorId: koordinator,
      createdAt: daysAgo(ago),
    });
    events.push({
      regencyId: pangandaran,
      recordType: "assessment",
      recordId: a.id,
      event: "submitted",
      fromStatus: "draft",
      toStatus: "submitted",
      actorId: koordinator,
      createdAt: daysAgo(ago - 5),
    });
    events.push({
      regencyId: pangandaran,
      recordType: "assessment",
      recordId: a.id,
      event: "verified",
      fromStatus: "submitted",
      toStatus: "verified",
      actorId: pejabat,
      createdAt: daysAgo(ago - 9),
    });
  }

  // --- Pangandaran: controlled documents (version 1 superseded by version 2; a draft SOP) ---
  const bappeda = await agency(pangandaran, "Bappeda");
  await db.isoDocument.create({
    data: {
      regencyId: pangandaran,
      number: "SOP-BAPPEDA-01",
      title: "SOP penyusunan Rencana Kerja Perangkat Daerah (Renja)",
      type: "procedure",
      ownerAgencyId: bappeda,
      createdById: pejabat,
      createdAt: daysAgo(400),
      version: 2,
      versions: {
        create: [
          {
            versionNo: 1,
            status: "superseded",
            content:
              "## Tujuan\nMenjamin Renja disusun tepat waktu.\n\n## Langkah\n1. Bappeda menerbitkan surat edaran.\n2. OPD menyusun rancangan Renja.",
            authorId: pejabat,
            approverId: koordinator,
            approvedAt: daysAgo(395),
            effectiveAt: daysAgo(394),
            supersededAt: daysAgo(40),
            createdAt: daysAgo(400),
          },
          {
            versionNo: 2,
            status: "effective",
            changeSummary: "Menyesuaikan jadwal dengan Permendagri 86/2017 dan aplikasi SIPD",
            content:
              "## Tujuan\nMenjamin Renja disusun tepat waktu dan selaras dengan RKPD.\n\n## Langkah\n1. Bappeda menerbitkan surat edaran paling lambat Januari.\n2. OPD menyusun rancangan Renja di SIPD.\n3. Forum perangkat daerah membahas rancangan.",
            authorId: pejabat,
            approverId: koordinator,
            approvedAt: daysAgo(42),
            effectiveAt: daysAgo(40),
            reviewDueDate: dateOnly(daysAgo(-20)),
            createdAt: daysAgo(50),
          },
        ],
      },
    },
  });
  await db.isoDocument.create({
    data: {
      regencyId: pangandaran,
      number: "FRM-SETDA-02",
      title: "Formulir pengaduan layanan publik",
      type: "form",
      ownerAgencyId: await agency(pangandaran, "Setda"),
      createdById: koordinator,
      createdAt: daysAgo(3),
      versions: {
        create: {
          versionNo: 1,
          content:
            "## Isian\n- Nama pelapor (boleh dirahasiakan)\n- Layanan yang diadukan\n- Waktu dan tempat kejadian\n- Uraian pengaduan",
          authorId: koordinator,
          createdAt: daysAgo(3),
        },
      },
    },
  });

  // --- Pangandaran: quality objectives with quarterly measurements, and the risk register ---
  const quarters = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];
  for (const o of [
    {
      title: "Mempercepat penerbitan KTP-el",
      indicator: "Rata-rata hari kerja penerbitan KTP-el",
      unit: "hari",
      baseline: 21,
      target: 14,
      direction: "decrease" as const,
      owner: "Sekretaris Daerah",
      values: [21, 19, 17, 15],
    },
    {
      title: "Meningkatkan kepuasan layanan perizinan",
      indicator: "Indeks Kepuasan Masyarakat (IKM) Mal Pelayanan Publik",
      unit: "",
      baseline: 76,
      target: 82,
      direction: "increase" as const,
      owner: "Wakil Bupati",
      values: [76, 78, 81, 83],
    },
  ]) {
    await db.isoObjective.create({
      data: {
        regencyId: pangandaran,
        title: o.title,
        indicator: o.indicator,
        unit: o.unit,
        baseline: o.baseline,
        target: o.target,
        direction: o.direction,
        ownerPositionId: await position(pangandaran, o.owner),
        dueDate: dateOnly(daysAgo(-60)),
        createdById: koordinator,
        createdAt: daysAgo(400),
        measurements: {
          create: o.values.map((value, n) => ({
            period: quarters[n],
            value,
            recordedById: koordinator,
            createdAt: daysAgo(300 - n * 90),
          })),
        },
      },
    });
  }
  await db.isoRisk.createMany({
    data: [
      {
        regencyId: pangandaran,
        kind: "risk",
        title: "Aset P3D dari Kabupaten Ciamis belum bersertifikat",
        context: "Serah terima P3D belum tuntas",
        likelihood: 4,
        impact: 5,
        level: 20,
        treatment: "reduce",
        action: "Percepat sertifikasi bersama BPN",
        ownerPositionId: await position(pangandaran, "Kepala BPKAD"),
        reviewDate: dateOnly(daysAgo(-30)),
        createdById: koordinator,
      },
      {
        regencyId: pangandaran,
        kind: "risk",
        title: "Abrasi pantai mengancam jalan lingkar Pangandaran",
        context: "Musim angin barat",
        likelihood: 3,
        impact: 4,
        level: 12,
        treatment: "share",
        action: "Usulan pengaman pantai ke BBWS Citanduy",
        ownerPositionId: await position(pangandaran, "Kepala Dinas Pekerjaan Umum dan Tata Ruang"),
        reviewDate: dateOnly(daysAgo(5)),
        createdById: koordinator,
      },
      {
        regencyId: pangandaran,
        kind: "opportunity",
        title: "Dana insentif daerah untuk inovasi pelayanan publik",
        context: "Penilaian Kemendagri",
        likelihood: 3,
        impact: 3,
        level: 9,
        treatment: "pursue",
        action: "Daftarkan inovasi MPP ke IGA",
        ownerPositionId: await position(pangandaran, "Kepala Bappeda"),
        reviewDate: dateOnly(daysAgo(-90)),
        createdById: pejabat,
      },
    ],
  });

  // --- Pangandaran: a change initiative in its second PDCA cycle ---
  const change = await db.isoChangeInitiative.create({
    data: {
      regencyId: pangandaran,
      title: "Perizinan usaha satu pintu di Mal Pelayanan Publik",
      purpose: "Memindahkan seluruh layanan perizinan usaha dari loket OPD ke Mal Pelayanan Publik (MPP) Parigi",
      consequences: "Loket OPD ditutup bertahap; petugas dimutasi ke MPP",
      resources: "6 petugas, aplikasi SiCantik, anggaran perubahan",
      ownerPositionId: await position(pangandaran, "Sekretaris Daerah"),
      phase: "do",
      cycle: 2,
      planObjective: "Izin PBG (DPUTR) ikut dilayani di MPP",
      planScope: "DPUTR",
      planRisks: "Petugas teknis PBG terbatas",
      doActivities: "Loket PBG dipindah ke MPP sejak awal bulan",
      createdById: koordinator,
      createdAt: daysAgo(150),
      version: 9,
    },
  });
  for (const [event, from, to, ago, note] of [
    ["created", null, "plan", 150, null],
    ["phase_do", "plan", "do", 140, null],
    ["phase_check", "do", "check", 90, null],
    ["phase_act", "check", "act", 60, null],
    [
      "next_cycle",
      "act",
      "plan",
      58,
      "Waktu izin turun dari 14 ke 6 hari; DPUTR belum pindah.\n\nPlan: Semua izin usaha lewat MPP\nDo: Loket Dispar dan DKPKP dipindah ke MPP\nCheck: Waktu izin rata-rata 6 hari",
    ],
    ["phase_do", "plan", "do", 20, null],
  ] as const)
    events.push({
      regencyId: pangandaran,
      recordType: "change",
      recordId: change.id,
      event,
      fromStatus: from ?? undefined,
      toStatus: to,
      actorId: koordinator,
      createdAt: daysAgo(ago),
      note: note ?? undefined,
    });

  // --- Pangandaran: last semester's management review (approved, inputs frozen) with its actions ---
  await db.isoManagementReview.create({
    data: {
      regencyId: pangandaran,
      title: "Tinjauan manajemen semester I",
      meetingDate: dateOnly(daysAgo(150)),
      chairPositionId: await position(pangandaran, "Bupati"),
      attendees: "Bupati, Wakil Bupati, Sekretaris Daerah, Kepala Bappeda, Inspektur Daerah, kepala OPD",
      decisions:
        "1. Perizinan usaha dipindah bertahap ke MPP.\n2. Audit internal tahunan mencakup Dinas Kesehatan.\n3. Sasaran waktu layanan KTP-el 14 hari.",
      inputs: JSON.parse(JSON.stringify(await computeReviewInputs(db, pangandaran, undefined, daysAgo(150)))),
      status: "approved",
      approvedById: koordinator,
      approvedAt: daysAgo(148),
      createdById: pejabat,
      createdAt: daysAgo(152),
      version: 3,
      actions: {
        create: [
          {
            description: "Pindahkan loket perizinan Dispar dan DKPKP ke MPP",
            ownerPositionId: await position(pangandaran, "Sekretaris Daerah"),
            dueDate: dateOnly(daysAgo(90)),
            doneAt: daysAgo(95),
          },
          {
            description: "Programkan audit internal Dinas Kesehatan",
            ownerPositionId: await position(pangandaran, "Inspektur Daerah"),
            dueDate: dateOnly(daysAgo(60)),
            doneAt: daysAgo(70),
          },
          {
            description: "Tetapkan sasaran mutu waktu layanan KTP-el",
            ownerPositionId: await position(pangandaran, "Wakil Bupati"),
            dueDate: dateOnly(daysAgo(-10)),
          },
        ],
      },
    },
  });

  // --- Malaka: an open nonconformity, a planned audit, a draft self-assessment ---
  const malakaCoordinator = ctx.users.koordinatorMalaka;
  const mnc = await db.isoNonconformity.create({
    data: {
      regencyId: malaka,
      number: 1,
      title: "Data luas tanam padi berbeda antara Distan dan BPS",
      source: "process_monitoring",
      agencyId: await agency(malaka, "Distan"),
      description: "Luas tanam padi musim rendeng versi Distan 18% lebih tinggi daripada angka BPS Kabupaten Malaka.",
      requirement: "Prinsip Satu Data Indonesia (Perpres 39/2019)",
      evidence: "Laporan Distan Agustus; Malaka Dalam Angka",
      severity: "minor",
      createdById: malakaCoordinator,
      createdAt: daysAgo(12),
      actions: {
        create: [
          {
            // past due: the Malaka coordinator's desk shows it
            description: "Rapat rekonsiliasi data luas tanam Distan–BPS",
            ownerPositionId: await position(malaka, "Kepala Dinas Pertanian dan Ketahanan Pangan"),
            dueDate: dateOnly(daysAgo(4)),
            createdAt: daysAgo(10),
          },
        ],
      },
    },
  });
  events.push({
    regencyId: malaka,
    recordType: "nonconformity",
    recordId: mnc.id,
    event: "created",
    toStatus: "open",
    actorId: malakaCoordinator,
    createdAt: daysAgo(12),
  });
  const mAudit = await db.isoAudit.create({
    data: {
      regencyId: malaka,
      programYear: daysAgo(0).getUTCFullYear(),
      title: "Audit internal pengelolaan aset P3D",
      scope: "Pencatatan aset hasil serah terima dari Kabupaten Belu",
      criteria: "SNI ISO 9001:2015 klausul 7.1 dan 8.5.3; Permendagri 19/2016",
      auditedAgencyId: await agency(malaka, "BKAD"),
      leadAuditorId: malakaCoordinator,
      startDate: dateOnly(daysAgo(-14)),
      endDate: dateOnly(daysAgo(-12)),
      createdById: malakaCoordinator,
    },
  });
  events.push({
    regencyId: malaka,
    recordType: "audit",
    recordId: mAudit.id,
    event: "created",
    toStatus: "planned",
    actorId: malakaCoordinator,
    createdAt: daysAgo(2),
  });
  const mA = await db.isoAssessment.create({
    data: {
      regencyId: malaka,
      period: "2025",
      assessorId: malakaCoordinator,
      ratings: {
        create: ISO_INDICATORS.map((ind, n) => ({
          indicatorCode: ind.code,
          rating: n < 10 ? LETTER["RYYRYYRYYR"[n]] : null,
        })),
      },
    },
  });
  events.push({
    regencyId: malaka,
    recordType: "assessment",
    recordId: mA.id,
    event: "created",
    toStatus: "draft",
    actorId: malakaCoordinator,
    createdAt: daysAgo(4),
  });

  // --- Malaka: last year's self-assessment, verified by the Kepala Bappeda (so 2024 compares both DOBs) ---
  const malakaOfficial = ctx.users.pejabatMalaka;
  const m2024 = await db.isoAssessment.create({
    data: {
      regencyId: malaka,
      period: "2024",
      status: "verified",
      assessorId: malakaCoordinator,
      verifierId: malakaOfficial,
      submittedAt: daysAgo(370),
      verifiedAt: daysAgo(366),
      createdAt: daysAgo(380),
      version: 3,
      ratings: {
        create: ISO_INDICATORS.map((ind, n) => ({
          indicatorCode: ind.code,
          rating: LETTER[MALAKA_2024[n]],
          evidence:
            MALAKA_2024[n] === "R"
              ? "Data belum tersedia sejak pemekaran"
              : MALAKA_2024[n] === "N"
                ? ""
                : "Laporan OPD dan Malaka Dalam Angka",
          notes: "",
        })),
      },
    },
  });
  for (const [event, from, to, actor, ago] of [
    ["created", null, "draft", malakaCoordinator, 380],
    ["submitted", "draft", "submitted", malakaCoordinator, 370],
    ["verified", "submitted", "verified", malakaOfficial, 366],
  ] as const) {
    events.push({
      regencyId: malaka,
      recordType: "assessment",
      recordId: m2024.id,
      event,
      fromStatus: from ?? undefined,
      toStatus: to,
      actorId: actor,
      createdAt: daysAgo(ago),
    });
  }

  // --- Malaka: its first controlled document and its top risks ---
  await db.isoDocument.create({
    data: {
      regencyId: malaka,
      number: "SOP-BKAD-01",
      title: "SOP pencatatan aset hasil serah terima P3D dari Kabupaten Belu",
      type: "procedure",
      ownerAgencyId: await agency(malaka, "BKAD"),
      createdById: malakaOfficial,
      createdAt: daysAgo(120),
      version: 1,
      versions: {
        create: {
          versionNo: 1,
          status: "effective",
          content:
            "## Tujuan\nSetiap aset hasil serah terima tercatat dalam KIB dengan bukti kepemilikan.\n\n## Langkah\n1. Cocokkan daftar aset pada Berita Acara P3D dengan kondisi lapangan.\n2. Catat aset dalam Kartu Inventaris Barang (KIB).\n3. Ajukan sertifikat tanah ke Kantor Pertanahan Malaka.",
          authorId: malakaOfficial,
          approverId: malakaCoordinator,
          approvedAt: daysAgo(110),
          effectiveAt: daysAgo(108),
          reviewDueDate: dateOnly(daysAgo(-250)),
          createdAt: daysAgo(120),
        },
      },
    },
  });
  await db.isoRisk.createMany({
    data: [
      {
        regencyId: malaka,
        kind: "risk",
        title: "Banjir Sungai Benanain memutus akses ke Betun",
        context: "Musim hujan Desember–Maret",
        likelihood: 4,
        impact: 4,
        level: 16,
        treatment: "reduce",
        action: "Tanggul darurat bersama BWS Nusa Tenggara II; jalur alternatif lewat Weliman",
        ownerPositionId: await position(malaka, "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"),
        reviewDate: dateOnly(daysAgo(-20)),
        createdById: malakaCoordinator,
      },
      {
        regencyId: malaka,
        kind: "risk",
        title: "Aset P3D dari Kabupaten Belu belum bersertifikat",
        context: "Serah terima P3D",
        likelihood: 3,
        impact: 5,
        level: 15,
        treatment: "reduce",
        action: "Sertifikasi bertahap sesuai SOP-BKAD-01",
        ownerPositionId: await position(malaka, "Sekretaris Daerah"),
        reviewDate: dateOnly(daysAgo(-45)),
        createdById: malakaOfficial,
      },
    ],
  });

  await db.isoRecordEvent.createMany({ data: events });
}
