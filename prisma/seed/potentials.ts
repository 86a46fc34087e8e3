import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./foundation";

// Hidden potential found and followed: each regency's potential-discovery templates (a word cloud
// and one open question per sector), a past Pangandaran workshop where they were run, answers
// turned into register entries (source: the workshop and the answer), and the register's links
// to the issues and follow-ups that work on each potential. A few potentials have nothing
// working on them (no link, or only a closed issue / a finished follow-up): the register flags them.

const DAY = 24 * 3_600_000;
const dateIn = (days: number) => new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

const CLOUD = {
  title: "Penggalian potensi: awan kata",
  prompt: "Potensi tersembunyi apa yang Anda lihat? Tulis satu kata atau frasa pendek.",
};
const SECTOR_PROMPT = (sector: string) =>
  `Potensi sektor ${sector} apa yang belum tergarap? Sebutkan tempatnya dan apa yang dibutuhkan agar berkembang.`;
const SECTORS = {
  pangandaran: ["Pariwisata", "Pertanian dan Perkebunan", "Perikanan dan Kelautan", "UMKM dan Ekonomi Kreatif"],
  malaka: ["Pertanian", "Peternakan", "Perdagangan Lintas Batas", "UMKM dan Ekonomi Kreatif"],
};

const PEOPLE: [string, string][] = [
  ["Budi Santoso", "Dinas Pariwisata"],
  ["Rina Marlina", "Bappeda"],
  ["Iis Nurhayati", "Dinas Pertanian dan Ketahanan Pangan"],
  ["Yayan Sopyan", "Kecamatan Parigi"],
  ["Dadan Ramdani", "DKPKP"],
  ["Euis Komariah", "Diskopukmindag"],
  ["Hendra Gunawan", "Kecamatan Cigugur"],
  ["Neneng Rohmah", "Kelompok penderes gula kelapa Cigugur"],
  ["Asep Saepudin", "Himpunan Pramuwisata Indonesia"],
  ["Lina Herlina", "Kecamatan Cimerak"],
];
const WORDS = [
  "pantai",
  "gula kelapa",
  "pantai",
  "gula semut",
  "rumput laut",
  "selancar",
  "gula kelapa",
  "kopi",
  "batik",
  "pantai",
  "tempurung kelapa",
  "ronggeng gunung",
];
/** Answers per sector (index into SECTORS.pangandaran), with the participant who gave each. */
const ANSWERS: [number, number, string][] = [
  [0, 0, "Pantai Batu Karas untuk selancar pemula: ombaknya cocok sepanjang tahun, tapi belum dipromosikan."],
  [0, 8, "Body rafting Sungai Citumang di luar musim ramai Green Canyon."],
  [0, 9, "Desa wisata budaya Sukaresik dengan kesenian ronggeng gunung."],
  [1, 7, "Gula kelapa organik dari penderes Cigugur: pembeli ekspor sudah ada, sertifikat organik belum."],
  [1, 2, "Gula semut kemasan sebagai oleh-oleh di kawasan pantai."],
  [1, 6, "Kopi robusta di lereng Langkaplancar."],
  [2, 4, "Budidaya rumput laut di pesisir Legokjawa."],
  [2, 3, "Ikan asin dan abon ikan olahan kelompok istri nelayan Bojongsalawe."],
  [3, 5, "Batik Pangandaran bermotif laut: perajinnya masih sedikit."],
  [3, 6, "Kerajinan tempurung kelapa dari sisa usaha gula kelapa."],
];

export async function seedPotentials(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const pgd = ctx.regencies.pangandaran;
  const mlk = ctx.regencies.malaka;

  // the template set of each regency
  for (const [regencyId, sectors] of [
    [pgd, SECTORS.pangandaran],
    [mlk, SECTORS.malaka],
  ] as const) {
    await db.workshopActivity.createMany({
      data: [
        { regencyId, isTemplate: true, kind: "word_cloud", ...CLOUD, allowChange: true },
        ...sectors.map((sector) => ({
          regencyId,
          isTemplate: true,
          kind: "open_question" as const,
          title: `Penggalian potensi: ${sector}`,
          prompt: SECTOR_PROMPT(sector),
          sector,
          allowChange: true,
        })),
      ],
    });
  }

  // the past Pangandaran workshop that ran them
  const started = new Date(Date.now() - 45 * DAY);
  started.setUTCHours(2, 0, 0, 0); // 09:00 WIB
  const w = await db.workshop.create({
    data: {
      regencyId: pgd,
      title: "Lokakarya Penggalian Potensi Tersembunyi Kabupaten Pangandaran",
      description: "Menggali potensi daerah yang belum tergarap bersama OPD, camat, pelaku usaha dan komunitas.",
      venue: "Aula Dinas Pariwisata Kabupaten Pangandaran",
      startsAt: started,
      code: "POTPGD",
      askIdentity: true,
      createdById: ctx.users.fasilitator,
      agenda: [
        { time: "09:00", title: "Pembukaan" },
        { time: "09:15", title: "Awan kata: potensi tersembunyi" },
        { time: "09:45", title: "Potensi per sektor" },
        { time: "11:00", title: "Memilih potensi untuk register daerah" },
      ],
    },
  });
  await db.workshopSession.create({
    data: {
      workshopId: w.id,
      startsAt: new Date(started.getTime() - 30 * 60_000),
      endsAt: new Date(started.getTime() + 3 * 3_600_000),
      venue: w.venue,
      startedAt: new Date(started.getTime() - 30 * 60_000),
      endedAt: new Date(started.getTime() + 3 * 3_600_000),
    },
  });
  const at = (m: number) => new Date(started.getTime() + m * 60_000);
  const cloud = await db.workshopActivity.create({
    data: {
      regencyId: pgd,
      workshopId: w.id,
      kind: "word_cloud",
      ...CLOUD,
      state: "closed",
      resultsVisible: true,
      position: 1,
    },
  });
  const sectorActs: { id: string; title: string }[] = [];
  for (const [i, sector] of SECTORS.pangandaran.entries())
    sectorActs.push(
      await db.workshopActivity.create({
        data: {
          regencyId: pgd,
          workshopId: w.id,
          kind: "open_question",
          title: `Penggalian potensi: ${sector}`,
          prompt: SECTOR_PROMPT(sector),
          sector,
          state: "closed",
          resultsVisible: true,
          position: i + 2,
        },
      }),
    );
  const participants: { id: string }[] = [];
  for (const [i, [name, institution]] of PEOPLE.entries())
    participants.push(
      await db.workshopParticipant.create({
        data: { workshopId: w.id, browserId: crypto.randomUUID(), name, institution, joinedAt: at(-20 + i) },
      }),
    );
  await db.workshopEntry.createMany({
    data: WORDS.map((text, i) => ({
      workshopId: w.id,
      activityId: cloud.id,
      participantId: participants[i % participants.length].id,
      slot: crypto.randomUUID(),
      text,
      createdAt: at(20 + i),
    })),
  });
  const answers: { id: string }[] = [];
  for (const [i, [s, p, text]] of ANSWERS.entries())
    answers.push(
      await db.workshopEntry.create({
        data: {
          workshopId: w.id,
          activityId: sectorActs[s].id,
          participantId: participants[p].id,
          slot: crypto.randomUUID(),
          text,
          createdAt: at(50 + i * 3),
        },
      }),
    );

  // answers turned into the register (as the facilitator did at the end of the workshop)
  const fromAnswer = async (i: number, title: string) =>
    db.regionalPotential.create({
      data: {
        regencyId: pgd,
        sector: SECTORS.pangandaran[ANSWERS[i][0]],
        title,
        description: ANSWERS[i][2],
        status: "identified",
        workshopId: w.id,
        entryId: answers[i].id,
        createdAt: at(200 + i),
      },
    });
  const surf = await fromAnswer(0, "Pantai Batu Karas untuk selancar pemula");
  const semut = await fromAnswer(4, "Gula semut kemasan sebagai oleh-oleh");
  const kopi = await fromAnswer(5, "Kopi robusta di lereng Langkaplancar");
  await fromAnswer(6, "Budidaya rumput laut di pesisir Legokjawa"); // nothing works on it yet

  // the register's links
  const potential = (regencyId: string, title: string) =>
    db.regionalPotential.findFirstOrThrow({ where: { regencyId, title: { startsWith: title } }, select: { id: true } });
  const issue = (regencyId: string, title: string) =>
    db.issue.findFirstOrThrow({
      where: { regencyId, title: { startsWith: title } },
      select: { id: true, ownerPositionId: true },
    });
  const linkIssue = async (regencyId: string, p: { id: string }, title: string) =>
    db.regionalPotentialIssue.create({ data: { potentialId: p.id, issueId: (await issue(regencyId, title)).id } });
  const anyPosition = async (regencyId: string) =>
    (await db.position.findFirstOrThrow({ where: { regencyId }, orderBy: { sortOrder: "asc" } })).id;
  const followUp = async (
    regencyId: string,
    issueTitle: string,
    text: string,
    dueIn: number,
    status: "planned" | "in_progress" | "done",
  ) => {
    const i = await issue(regencyId, issueTitle);
    return db.followUp.create({
      data: {
        regencyId,
        issueId: i.id,
        text,
        ownerPositionId: i.ownerPositionId ?? (await anyPosition(regencyId)),
        dueDate: dateIn(dueIn),
        status,
      },
    });
  };

  const beach = await potential(pgd, "Kawasan Pantai Pangandaran");
  await linkIssue(pgd, beach, "Keluhan warga soal sampah di kawasan wisata pantai barat");
  await linkIssue(pgd, beach, "Sinyal seluler lemah di desa wisata pesisir selatan");
  await linkIssue(pgd, surf, "Sinyal seluler lemah di desa wisata pesisir selatan");
  // only a closed issue: nothing works on it any more
  await linkIssue(pgd, await potential(pgd, "Perikanan tangkap"), "Penurunan hasil tangkapan nelayan");
  const gula = await potential(pgd, "Gula kelapa");
  await linkIssue(pgd, gula, "Ketergantungan APBD pada dana transfer pusat");
  const hilir = await followUp(
    pgd,
    "Ketergantungan APBD pada dana transfer pusat",
    "Kajian hilirisasi gula kelapa (gula semut) sebagai sumber PAD bersama Diskopukmindag.",
    40,
    "in_progress",
  );
  const survey = await followUp(
    pgd,
    "Ketergantungan APBD pada dana transfer pusat",
    "Pendataan kebun kopi rakyat di Kecamatan Langkaplancar.",
    -20,
    "done",
  );
  await db.regionalPotentialFollowUp.createMany({
    data: [
      { potentialId: gula.id, followUpId: hilir.id },
      { potentialId: semut.id, followUpId: hilir.id },
      { potentialId: kopi.id, followUpId: survey.id }, // finished: nothing works on it any more
    ],
  });

  // Malaka: a third potential nobody works on yet
  await db.regionalPotential.create({
    data: {
      regencyId: mlk,
      sector: "Peternakan",
      title: "Sapi Bali di padang penggembalaan Malaka Tengah",
      description: "Padang penggembalaan luas; bibit dan pakan musim kemarau belum dikelola bersama.",
      status: "identified",
    },
  });
  const sawah = await potential(mlk, "Lahan sawah dan jagung");
  await linkIssue(mlk, sawah, "Banjir tahunan Sungai Benanain");
  await linkIssue(mlk, sawah, "Produktivitas jagung rendah di lahan kering");
  const flood = await db.followUp.findFirstOrThrow({
    where: { regencyId: mlk, issue: { title: { startsWith: "Banjir tahunan" } } },
    select: { id: true },
  });
  await db.regionalPotentialFollowUp.create({ data: { potentialId: sawah.id, followUpId: flood.id } });
  await linkIssue(mlk, await potential(mlk, "Perdagangan lintas batas"), "Perbatasan negara dengan Timor-Leste");
}
