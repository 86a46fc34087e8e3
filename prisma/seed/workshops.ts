import { CULTURE_DIMENSIONS, CURRENT_INSTRUMENT_VERSION, POINTS_PER_DIMENSION } from "@/lib/culture/instrument";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncFollowUpNotifications } from "@/lib/workshops/follow-ups/notify";
import { writeRankingVerdict } from "@/lib/workshops/verdict";
import type { SeedContext } from "./foundation";

// A past Pangandaran workshop with results (a joint ranking of issues among them), its ended session
// and an upcoming follow-up session, answers turned into rencana tindak lanjut (one overdue), the
// regency's reusable templates (incl. a leadership-style self-assessment), and a Malaka workshop
// with a past pre-meeting and upcoming sessions. Names are fictional.

/** Six dimensions of a culture split around `target` (clan, adhocracy, market, hierarchy), each exactly 100. */
function cultureSplit(target: [number, number, number, number], seed: number): number[] {
  return CULTURE_DIMENSIONS.flatMap((_, d) => {
    const shift = ((seed * 7 + d * 3) % 9) - 4; // −4…4, the same for every seeded database
    const points = [target[0] + shift, target[1] - shift, target[2], target[3]];
    points[3] += POINTS_PER_DIMENSION - points.reduce((a, b) => a + b, 0);
    return points;
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A date-only value (due dates), `days` from today. */
const dateIn = (days: number) => new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

/** A wall-clock WIB/WITA time on the day `days` from today (offset in hours from UTC). */
function dayAt(days: number, hour: number, minute: number, utcOffset: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour - utcOffset, minute, 0, 0);
  return d;
}

const LEADERSHIP_STYLES = [
  "Direktif — memberi arahan jelas",
  "Koordinatif — menyatukan OPD",
  "Partisipatif — mengajak bermusyawarah",
  "Delegatif — memberi kepercayaan",
  "Transformasional — menggerakkan perubahan",
];

const RANKED_ISSUES = [
  "Penyerahan aset P3D dari Kabupaten Ciamis",
  "Penegasan batas desa",
  "Kekurangan ASN teknis",
  "Akses jalan poros Parigi–Cijulang",
];
/** The regency's issues behind RANKED_ISSUES (the start of their titles, same order). */
const RANKED_ISSUE_TITLES = [
  "Penyerahan aset P3D dari Kabupaten Ciamis",
  "Penegasan batas wilayah Kecamatan Cimerak",
  "Kekurangan guru ASN",
  "Jalan lingkar Pangandaran–Cijulang",
];

/** Quiz questions of the demo workshop: the correct options and each participant's answer. */
const QUIZZES = [
  {
    title: "Kuis: dasar hukum daerah otonom baru",
    prompt: "Undang-undang mana yang kini mengatur pembentukan daerah otonom baru?",
    options: [
      "UU 23/2014 tentang Pemerintahan Daerah",
      "UU 32/2004 tentang Pemerintahan Daerah",
      "UU 25/2004 tentang Sistem Perencanaan Pembangunan Nasional",
      "UU 6/2014 tentang Desa",
    ],
    correct: [0],
    answers: [[0], [0], [1], [0], [0], [2], [0], [1], [0], [0], [3], [0]],
  },
  {
    title: "Kuis: siklus pengelolaan isu",
    prompt: "Mana saja yang termasuk tahap pengelolaan isu (Chase–Jones)? Pilih semua yang benar.",
    options: ["Identifikasi isu", "Analisis isu", "Pemilihan strategi perubahan", "Lelang jabatan"],
    correct: [0, 1, 2],
    answers: [
      [0, 1, 2],
      [0, 1],
      [0, 1, 2],
      [0, 1, 2, 3],
      [0, 2],
      [0, 1, 2],
      [1, 2],
      [0, 1, 2],
      [0],
      [0, 1, 2],
      [0, 1, 2],
      [0, 1],
    ],
  },
];

/** Each participant's order of RANKED_ISSUES (indexes, most urgent first). */
const RANKINGS = [
  [0, 3, 2, 1],
  [3, 0, 2, 1],
  [0, 1, 3, 2],
  [0, 3, 1, 2],
  [2, 0, 3, 1],
  [3, 0, 1, 2],
  [0, 2, 3, 1],
  [1, 0, 3, 2],
  [0, 3, 2, 1],
  [2, 3, 0, 1],
  [3, 0, 2, 1],
  [0, 1, 2, 3],
];

const PEOPLE: [string, string, string][] = [
  ["Rina Marlina", "Bappeda", "Kepala Bidang Perencanaan"],
  ["Dedi Kurniawan", "Dinas PUPR", "Sekretaris Dinas"],
  ["Hj. Euis Rohaeti", "DPRD Kabupaten Pangandaran", "Anggota Komisi I"],
  ["Agus Setiawan", "Sekretariat Daerah", "Kepala Bagian Pemerintahan"],
  ["Nining Suryani", "Dinas Kesehatan", "Kepala Seksi"],
  ["Yayan Sopyan", "Kecamatan Parigi", "Camat"],
  ["Lilis Karlina", "Bagian Protokol dan Komunikasi Pimpinan", "Pranata Humas"],
  ["Ujang Mulyana", "Dinas Pendidikan dan Kebudayaan", "Kepala Bidang"],
  ["Asep Hidayat", "Inspektorat", "Auditor"],
  ["Tati Rohayati", "BKPSDM", "Analis SDM Aparatur"],
  ["Budi Santoso", "Dinas Pariwisata", "Kepala Seksi Destinasi"],
  ["Cecep Firmansyah", "Kecamatan Cijulang", "Sekretaris Camat"],
];

export async function seedWorkshops(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const pgd = ctx.regencies.pangandaran;
  const facilitator = ctx.users.fasilitator;

  await db.workshopActivity.createMany({
    data: [
      {
        regencyId: pgd,
        isTemplate: true,
        kind: "poll_single",
        title: "Penilaian diri gaya kepemimpinan",
        prompt: "Gaya kepemimpinan mana yang paling menggambarkan cara Anda memimpin unit kerja saat ini?",
        options: LEADERSHIP_STYLES,
        allowChange: true,
      },
      {
        regencyId: pgd,
        isTemplate: true,
        kind: "scale",
        title: "Kesiapan memimpin perubahan",
        prompt: "Seberapa siap unit kerja Anda menjalankan koordinasi baru pengelolaan isu?",
        options: ["Belum siap", "Sangat siap"],
        scaleMin: 1,
        scaleMax: 5,
        allowChange: true,
      },
      {
        regencyId: pgd,
        isTemplate: true,
        kind: "qna",
        title: "Tanya jawab narasumber",
        prompt: "Ajukan pertanyaan; dukung pertanyaan peserta lain.",
        moderated: true,
      },
    ],
  });

  const started = new Date(Date.now() - 21 * 24 * 3600 * 1000);
  started.setUTCHours(2, 0, 0, 0); // 09:00 WIB
  const w = await db.workshop.create({
    data: {
      regencyId: pgd,
      title: "Lokakarya Koordinasi Pengelolaan Isu Strategis",
      description:
        "Memperkenalkan koordinasi baru: Wakil Bupati sebagai koordinator pengelolaan isu, serta konfigurasi kehumasan strategis di daerah otonom baru.",
      venue: "Aula Bappeda Kabupaten Pangandaran, Parigi",
      startsAt: started,
      code: "ISUPGD",
      askIdentity: true,
      createdById: facilitator,
      agenda: [
        { time: "08:30", title: "Registrasi peserta (daftar hadir)" },
        { time: "09:00", title: "Pembukaan oleh Bupati Pangandaran" },
        { time: "09:30", title: "Wakil Bupati sebagai koordinator pengelolaan isu" },
        { time: "10:30", title: "Kehumasan strategis di daerah otonom baru" },
        { time: "11:30", title: "Diskusi kelompok dan tanya jawab" },
        { time: "12:30", title: "Rencana tindak lanjut dan penutupan" },
      ],
      materials: [
        { title: "Modul koordinasi pengelolaan isu (PDF)", url: "https://pangandarankab.go.id/" },
        { title: "UU 23/2014 tentang Pemerintahan Daerah", url: "https://peraturan.bpk.go.id/" },
      ],
    },
  });

  const acts = await Promise.all(
    [
      {
        kind: "poll_single",
        title: "Isu strategis paling mendesak",
        prompt: "Isu mana yang paling mendesak untuk dikoordinasikan tahun ini?",
        options: [
          "Penyerahan aset P3D dari Kabupaten Ciamis",
          "Penegasan batas desa",
          "Kekurangan ASN teknis",
          "Akses jalan poros Parigi–Cijulang",
          "Abrasi pantai selatan",
        ],
      },
      {
        kind: "scale",
        title: "Kejelasan peran koordinator isu",
        prompt: "Seberapa jelas peran Wakil Bupati sebagai koordinator pengelolaan isu bagi OPD Anda?",
        options: ["Tidak jelas", "Sangat jelas"],
      },
      {
        kind: "word_cloud",
        title: "Koordinasi antar-OPD dalam satu kata",
        prompt: "Satu kata untuk koordinasi antar-OPD saat ini.",
      },
      {
        kind: "open_question",
        title: "Hambatan tindak lanjut isu",
        prompt: "Apa hambatan terbesar OPD Anda dalam menindaklanjuti isu pembangunan?",
      },
      { kind: "qna", title: "Tanya jawab narasumber", prompt: "Ajukan pertanyaan kepada narasumber.", moderated: true },
      {
        kind: "poll_single",
        title: "Penilaian diri gaya kepemimpinan",
        prompt: "Gaya kepemimpinan mana yang paling menggambarkan cara Anda memimpin unit kerja saat ini?",
        options: LEADERSHIP_STYLES,
      },
      {
        kind: "ranking",
        title: "Urutan prioritas isu bersama",
        prompt: "Urutkan isu berikut dari yang paling perlu dikoordinasikan lebih dulu (1) sampai yang dapat menyusul.",
        options: RANKED_ISSUES,
      },
    ].map((a, i) =>
      db.workshopActivity.create({
        data: {
          regencyId: pgd,
          workshopId: w.id,
          kind: a.kind as never,
          title: a.title,
          prompt: a.prompt,
          options: a.options ?? [],
          state: "closed",
          resultsVisible: true,
          position: i + 1,
          allowChange: true,
          moderated: a.kind === "qna",
        },
        select: { id: true },
      }),
    ),
  );

  const participants = await Promise.all(
    PEOPLE.map(([name, institution, position], i) =>
      db.workshopParticipant.create({
        data: {
          workshopId: w.id,
          browserId: crypto.randomUUID(),
          name,
          institution,
          position,
          joinedAt: new Date(started.getTime() - (30 - i * 2) * 60_000),
        },
        select: { id: true },
      }),
    ),
  );

  // its session (registration from 08:30 WIB), ended; everyone who joined is on its daftar hadir,
  // and a follow-up session to review the rencana tindak lanjut, still ahead
  const day1 = await db.workshopSession.create({
    data: {
      workshopId: w.id,
      startsAt: new Date(started.getTime() - 30 * 60_000),
      endsAt: new Date(started.getTime() + 4 * HOUR),
      venue: w.venue,
      startedAt: new Date(started.getTime() - 35 * 60_000),
      endedAt: new Date(started.getTime() + 4 * HOUR - 10 * 60_000),
    },
  });
  await db.workshopAttendance.createMany({
    data: participants.map((p, i) => ({
      sessionId: day1.id,
      participantId: p.id,
      joinedAt: new Date(started.getTime() - (30 - i * 2) * 60_000),
    })),
  });
  await db.workshopSession.create({
    data: {
      workshopId: w.id,
      startsAt: dayAt(10, 9, 0, 7),
      endsAt: dayAt(10, 12, 0, 7),
      venue: "Ruang Rapat Sekretariat Daerah, Parigi",
    },
  });

  const pollVotes = [0, 0, 3, 1, 0, 2, 3, 0, 1, 2, 3, 4];
  const scaleVotes = [3, 2, 4, 3, 2, 3, 4, 2, 3, 3, 2, 4];
  const styleVotes = [1, 0, 2, 1, 1, 0, 2, 4, 1, 2, 3, 1];
  const words = [
    "sektoral",
    "lamban",
    "sektoral",
    "ego",
    "rapat",
    "sinergi",
    "sektoral",
    "lamban",
    "berjenjang",
    "ego",
    "harapan",
    "sinergi",
  ];
  const answers = [
    "Data isu tersebar di tiap OPD dan tidak ada satu daftar bersama.",
    "Rapat koordinasi sering tanpa notulen tindak lanjut yang dipantau.",
    "Anggaran tindak lanjut baru tersedia pada APBD perubahan.",
    "Aset dari kabupaten induk belum bersertifikat sehingga perbaikan jalan tertunda.",
  ];
  const at = (m: number) => new Date(started.getTime() + m * 60_000);
  const entries: {
    workshopId: string;
    activityId: string;
    participantId: string;
    slot: string;
    choices?: number[];
    scale?: number;
    text?: string;
    approved?: boolean;
    upvoteCount?: number;
    answeredAt?: Date;
    createdAt: Date;
  }[] = [];
  participants.forEach((p, i) => {
    entries.push({
      workshopId: w.id,
      activityId: acts[0].id,
      participantId: p.id,
      slot: "vote",
      choices: [pollVotes[i]],
      text: crypto.randomUUID(),
      createdAt: at(40 + i),
    });
    entries.push({
      workshopId: w.id,
      activityId: acts[1].id,
      participantId: p.id,
      slot: "vote",
      scale: scaleVotes[i],
      text: crypto.randomUUID(),
      createdAt: at(60 + i),
    });
    entries.push({
      workshopId: w.id,
      activityId: acts[2].id,
      participantId: p.id,
      slot: crypto.randomUUID(),
      text: words[i],
      createdAt: at(80 + i),
    });
    entries.push({
      workshopId: w.id,
      activityId: acts[5].id,
      participantId: p.id,
      slot: "vote",
      choices: [styleVotes[i]],
      text: crypto.randomUUID(),
      createdAt: at(200 + i),
    });
    entries.push({
      workshopId: w.id,
      activityId: acts[6].id,
      participantId: p.id,
      slot: "vote",
      choices: RANKINGS[i],
      text: crypto.randomUUID(),
      createdAt: at(215 + i),
    });
  });
  answers.forEach((text, i) =>
    entries.push({
      workshopId: w.id,
      activityId: acts[3].id,
      participantId: participants[i * 2].id,
      slot: crypto.randomUUID(),
      text,
      createdAt: at(100 + i),
    }),
  );
  const questions: [number, string, number, boolean][] = [
    [1, "Bagaimana OPD melapor kemajuan isu kepada Wakil Bupati: lewat Mekar atau rapat bulanan?", 7, true],
    [2, "Apakah DPRD dapat melihat dasbor isu yang sama dengan eksekutif?", 5, false],
    [5, "Siapa yang menyetujui rilis humas bila Wakil Bupati sedang dinas luar?", 3, false],
    [7, "Apakah isu tingkat kecamatan juga masuk daftar isu kabupaten?", 2, false],
  ];
  questions.forEach(([pi, text, up, answered], i) =>
    entries.push({
      workshopId: w.id,
      activityId: acts[4].id,
      participantId: participants[pi].id,
      slot: crypto.randomUUID(),
      text,
      approved: true,
      upvoteCount: up,
      answeredAt: answered ? at(160 + i) : undefined,
      createdAt: at(130 + i),
    }),
  );
  await db.workshopEntry.createMany({ data: entries.map((e) => ({ ...e, choices: e.choices ?? [] })) });
  const qEntries = await db.workshopEntry.findMany({
    where: { activityId: acts[4].id },
    orderBy: { createdAt: "asc" },
    select: { id: true, upvoteCount: true },
  });
  await db.workshopUpvote.createMany({
    data: qEntries.flatMap((q) =>
      participants.slice(0, q.upvoteCount).map((p) => ({ entryId: q.id, participantId: p.id })),
    ),
    skipDuplicates: true,
  });

  // The joint ranking was of the regency's real issues: its options are linked to them, and the
  // coordinator applied its verdict as their suggested priority (on each issue's timeline).
  const rankedIssues = await Promise.all(
    RANKED_ISSUE_TITLES.map((title) =>
      db.issue.findFirstOrThrow({ where: { regencyId: pgd, title: { startsWith: title } }, select: { id: true } }),
    ),
  );
  await db.workshopActivity.update({
    where: { id: acts[6].id },
    data: { optionIssueIds: rankedIssues.map((i) => i.id) },
  });
  const coordinator = await db.user.findUniqueOrThrow({
    where: { id: ctx.users.koordinator },
    select: { id: true, name: true },
  });
  await db.$transaction((tx) => writeRankingVerdict(tx, coordinator, acts[6].id));

  // Two quiz questions closed with a two-minute timer each, and the leaderboard the facilitator opted in
  const quizzes = await Promise.all(
    QUIZZES.map((q, i) =>
      db.workshopActivity.create({
        data: {
          regencyId: pgd,
          workshopId: w.id,
          kind: "quiz",
          title: q.title,
          prompt: q.prompt,
          options: q.options,
          correctOptions: q.correct,
          state: "closed",
          resultsVisible: true,
          allowChange: false,
          moderated: false,
          position: 8 + i,
          timerStartedAt: at(240 + i * 5),
          timerEndsAt: at(242 + i * 5),
        },
        select: { id: true },
      }),
    ),
  );
  await db.workshopEntry.createMany({
    data: QUIZZES.flatMap((q, qi) =>
      participants.map((p, pi) => {
        const answered = new Date(at(240 + qi * 5).getTime() + (8 + ((pi * 7) % 50)) * 1000);
        return {
          workshopId: w.id,
          activityId: quizzes[qi].id,
          participantId: p.id,
          slot: "vote",
          choices: q.answers[pi],
          text: crypto.randomUUID(),
          createdAt: answered,
          updatedAt: answered,
        };
      }),
    ),
  });
  await db.workshop.update({ where: { id: w.id }, data: { quizLeaderboard: true } });
  // the culture instrument answered at the end of the day by every participant (anonymous: its
  // results are the group's profile only, from five answers)
  const cultureAct = await db.workshopActivity.create({
    data: {
      regencyId: pgd,
      workshopId: w.id,
      kind: "culture",
      title: "Budaya kerja kita: saat ini dan yang diharapkan",
      prompt:
        "Bagikan 100 poin pada empat pernyataan di setiap dimensi, untuk keadaan saat ini dan yang Anda harapkan.",
      options: [],
      scaleMin: 0,
      scaleMax: CURRENT_INSTRUMENT_VERSION,
      state: "closed",
      resultsVisible: true,
      position: 10,
      allowChange: false,
      moderated: false,
    },
    select: { id: true },
  });
  await db.workshopEntry.createMany({
    data: participants.map((p, i) => ({
      workshopId: w.id,
      activityId: cultureAct.id,
      participantId: p.id,
      slot: "vote",
      choices: [...cultureSplit([20, 12, 23, 45], i), ...cultureSplit([34, 24, 22, 20], i + 7)],
      text: crypto.randomUUID(),
      createdAt: at(230 + i),
    })),
  });

  // Pangandaran's coming sessions: one later today (its join code on the facilitator's desk) and
  // one next week, each with an activity ready
  // 13:00 WIB on the day `days` from now (for today: two hours from now once 13:00 has passed)
  const wib = (days: number) => {
    const d = new Date(Date.now() + 7 * 3600 * 1000 + days * 24 * 3600 * 1000); // the WIB calendar day
    const at = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 6)); // 13:00 WIB
    if (at.getTime() > Date.now() + 1800 * 1000) return at;
    const soon = new Date(Date.now() + 2 * 3600 * 1000);
    soon.setUTCMinutes(0, 0, 0);
    return soon;
  };
  const rkh = await db.workshop.create({
    data: {
      regencyId: pgd,
      title: "Rapat Kerja Humas Perangkat Daerah",
      description: "Menyusun kalender komunikasi isu strategis bersama pranata humas setiap OPD.",
      venue: "Ruang Rapat Setda Kabupaten Pangandaran",
      startsAt: wib(0),
      code: "RKHPGD",
      askIdentity: true,
      createdById: facilitator,
      agenda: [
        { time: "13:00", title: "Kalender komunikasi triwulan" },
        { time: "14:00", title: "Pembagian peran juru bicara" },
      ],
      activities: {
        create: [
          {
            regencyId: pgd,
            kind: "word_cloud",
            title: "Isu yang paling sering ditanyakan warga",
            prompt: "Tuliskan satu isu yang paling sering ditanyakan warga kepada OPD Anda.",
            position: 1,
          },
        ],
      },
    },
  });
  const evt = await db.workshop.create({
    data: {
      regencyId: pgd,
      title: "Lokakarya Evaluasi Triwulan Pengelolaan Isu",
      venue: "Aula Bappeda Kabupaten Pangandaran, Parigi",
      startsAt: wib(7),
      code: "EVTPGD",
      askIdentity: true,
      createdById: facilitator,
      activities: {
        create: [
          {
            regencyId: pgd,
            kind: "scale",
            title: "Kemajuan tindak lanjut isu",
            position: 1,
            scaleMin: 1,
            scaleMax: 5,
            options: ["Lambat", "Cepat"],
          },
        ],
      },
    },
  });

  // Malaka: a past session and an upcoming one, prepared but not started
  const sos = await db.workshop.create({
    data: {
      regencyId: ctx.regencies.malaka,
      title: "Sosialisasi Koordinasi Pengelolaan Isu Kabupaten Malaka",
      venue: "Aula Bappeda Kabupaten Malaka, Betun",
      startsAt: new Date(Date.now() - 10 * 24 * 3600 * 1000),
      code: "SOSMLK",
      askIdentity: true,
      locked: true,
      createdById: ctx.users.fasilitatorMalaka,
    },
  });
  // their sessions (each workshop has at least one): two to come, one held and ended
  for (const w of [rkh, evt, sos]) {
    const ended = w.startsAt.getTime() < Date.now();
    await db.workshopSession.create({
      data: {
        workshopId: w.id,
        startsAt: w.startsAt,
        endsAt: new Date(w.startsAt.getTime() + 3 * 3600 * 1000),
        venue: w.venue,
        ...(ended ? { startedAt: w.startsAt, endedAt: new Date(w.startsAt.getTime() + 3 * 3600 * 1000) } : {}),
      },
    });
  }

  // rencana tindak lanjut from the answers: one done, one under way, one past its due date
  const issueByTitle = (regencyId: string, title: string) =>
    db.issue.findFirstOrThrow({
      where: { regencyId, title: { startsWith: title } },
      select: { id: true, ownerPositionId: true },
    });
  const anyPosition = async (regencyId: string) =>
    (await db.position.findFirstOrThrow({ where: { regencyId }, orderBy: { sortOrder: "asc" } })).id;
  const answerEntries = await db.workshopEntry.findMany({
    where: { activityId: acts[3].id },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const pgdFollowUps: [number, string, string, number, "planned" | "in_progress" | "done"][] = [
    [
      1,
      "Penegasan batas wilayah Kecamatan Cimerak",
      "Notulen rapat koordinasi batas wilayah diunggah ke Mekar paling lambat tiga hari sesudah rapat.",
      -10,
      "done",
    ],
    [
      2,
      "Jalan lingkar Pangandaran–Cijulang",
      "Usulkan anggaran perbaikan jalan lingkar pada APBD Perubahan 2027.",
      30,
      "in_progress",
    ],
    [
      3,
      "Penyerahan aset P3D dari Kabupaten Ciamis",
      "Inventarisasi dan sertifikasi aset jalan eks Kabupaten Ciamis bersama BPKAD.",
      -5,
      "planned",
    ],
  ];
  for (const [i, issueTitle, text, dueIn, status] of pgdFollowUps) {
    const issue = await issueByTitle(pgd, issueTitle);
    await db.followUp.create({
      data: {
        regencyId: pgd,
        issueId: issue.id,
        workshopId: w.id,
        entryId: answerEntries[i].id,
        text,
        ownerPositionId: issue.ownerPositionId ?? (await anyPosition(pgd)),
        dueDate: dateIn(dueIn),
        status,
        createdById: facilitator,
        createdAt: at(240 + i),
      },
    });
    await db.workshopEntry.update({ where: { id: answerEntries[i].id }, data: { issueId: issue.id } });
  }

  // Malaka: a pre-meeting a week ago (ended, three present) and the workshop's two days ahead
  const mlk = await db.workshop.create({
    data: {
      regencyId: ctx.regencies.malaka,
      title: "Lokakarya Kehumasan Strategis Kabupaten Malaka",
      venue: "Aula Kantor Bupati Malaka, Betun",
      startsAt: dayAt(14, 9, 0, 8),
      code: "HMSMLK",
      askIdentity: true,
      createdById: ctx.users.fasilitatorMalaka,
      agenda: [
        { time: "09:00", title: "Pembukaan" },
        { time: "09:30", title: "Peran humas dalam pemekaran" },
      ],
      activities: {
        create: [
          { regencyId: ctx.regencies.malaka, kind: "word_cloud", title: "Citra Malaka dalam satu kata", position: 1 },
        ],
      },
    },
  });
  const pre = await db.workshopSession.create({
    data: {
      workshopId: mlk.id,
      startsAt: dayAt(-7, 10, 0, 8),
      endsAt: dayAt(-7, 12, 0, 8),
      venue: "Ruang Rapat Bagian Protokol dan Komunikasi Pimpinan, Betun",
      startedAt: dayAt(-7, 10, 5, 8),
      endedAt: dayAt(-7, 11, 50, 8),
    },
  });
  for (const [i, [name, institution, position]] of (
    [
      ["Maria Goreti Seran", "Bagian Protokol dan Komunikasi Pimpinan", "Kepala Bagian"],
      ["Yohanes Bria", "Dinas Komunikasi dan Informatika", "Pranata Humas"],
      ["Fransiska Luruk", "Bappelitbangda", "Perencana Muda"],
    ] as const
  ).entries()) {
    const p = await db.workshopParticipant.create({
      data: {
        workshopId: mlk.id,
        browserId: crypto.randomUUID(),
        name,
        institution,
        position,
        joinedAt: dayAt(-7, 10, 6 + i, 8),
      },
    });
    await db.workshopAttendance.create({
      data: { sessionId: pre.id, participantId: p.id, joinedAt: dayAt(-7, 10, 6 + i, 8) },
    });
  }
  await db.workshopSession.createMany({
    data: [
      { workshopId: mlk.id, startsAt: dayAt(14, 9, 0, 8), endsAt: dayAt(14, 13, 0, 8), venue: mlk.venue },
      { workshopId: mlk.id, startsAt: dayAt(15, 9, 0, 8), endsAt: dayAt(15, 12, 0, 8), venue: mlk.venue },
    ],
  });
  const flood = await issueByTitle(ctx.regencies.malaka, "Banjir tahunan Sungai Benanain");
  await db.followUp.create({
    data: {
      regencyId: ctx.regencies.malaka,
      issueId: flood.id,
      workshopId: mlk.id,
      text: "Susun peta rawan banjir Benanain bersama BPBD sebagai bahan siaran pers musim hujan.",
      ownerPositionId: flood.ownerPositionId ?? (await anyPosition(ctx.regencies.malaka)),
      dueDate: dateIn(12),
      status: "planned",
      createdAt: dayAt(-7, 11, 45, 8), // agreed at the pre-meeting
    },
  });
  // the overdue one has told its owner and the coordinators already (history, not news)
  await syncFollowUpNotifications(db);
}
