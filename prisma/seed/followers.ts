import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./foundation";
import { DAY_MS } from "@/lib/time";

// Citizens following by email and eight weeks of the public's attention, for Pangandaran and
// Malaka: confirmed and unconfirmed subscribers (one address bounced), daily page views, shares and
// feed readers. One public issue in each regency draws rising interest while its owner's updates
// stall, so the dashboard's flag has something to show. The addresses are on example domains.

/** A repeatable wobble in [0, 1) (no Math.random: the demo looks the same on every machine). */
const wobble = (n: number) => {
  const x = Math.sin(n * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

export async function seedFollowers(db: PrismaClient, ctx: SeedContext): Promise<void> {
  const { pangandaran, malaka } = ctx.regencies;
  const issue = async (regencyId: string, prefix: string) =>
    db.issue.findFirstOrThrow({ where: { regencyId, title: { startsWith: prefix } }, select: { id: true } });
  const guru = await issue(pangandaran, "Kekurangan guru ASN");
  const jalan = await issue(pangandaran, "Jalan lingkar Pangandaran");
  const p3d = await issue(pangandaran, "Penyerahan aset P3D");
  const banjir = await issue(malaka, "Banjir tahunan Sungai Benanain");
  const belu = await issue(malaka, "Aset daerah dari Kabupaten Belu");
  // Malaka publishes its asset handover issue too (the public asks about it)
  await db.issue.update({ where: { id: belu.id }, data: { isPublic: true } });

  const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
  type F = {
    regencyId: string;
    issueId?: string;
    email: string;
    mode?: string;
    confirmedDaysAgo?: number;
    bounced?: boolean;
  };
  const followers: F[] = [
    { regencyId: pangandaran, email: "rina.warga@contoh.id", confirmedDaysAgo: 50 },
    { regencyId: pangandaran, email: "asep.nelayan@contoh.id", mode: "weekly", confirmedDaysAgo: 33 },
    { regencyId: pangandaran, email: "guru.honorer@contoh.id", confirmedDaysAgo: 24 },
    { regencyId: pangandaran, issueId: guru.id, email: "guru.honorer@contoh.id", confirmedDaysAgo: 24 },
    { regencyId: pangandaran, issueId: guru.id, email: "komite.sekolah@contoh.id", confirmedDaysAgo: 5 },
    { regencyId: pangandaran, issueId: guru.id, email: "orangtua.murid@contoh.id", confirmedDaysAgo: 3 },
    { regencyId: pangandaran, issueId: guru.id, email: "wali.kelas@contoh.id", mode: "weekly", confirmedDaysAgo: 2 },
    { regencyId: pangandaran, issueId: jalan.id, email: "ojek.cijulang@contoh.id", confirmedDaysAgo: 40 },
    { regencyId: pangandaran, issueId: guru.id, email: "belum.konfirmasi@contoh.id" },
    { regencyId: pangandaran, email: "alamat.salah@contoh.id", confirmedDaysAgo: 45, bounced: true },
    { regencyId: malaka, email: "petani.betun@contoh.id", confirmedDaysAgo: 30 },
    { regencyId: malaka, issueId: belu.id, email: "tokoh.adat@contoh.id", confirmedDaysAgo: 4 },
    { regencyId: malaka, issueId: belu.id, email: "kepala.desa@contoh.id", confirmedDaysAgo: 2 },
    { regencyId: malaka, issueId: banjir.id, email: "petani.benanain@contoh.id", mode: "weekly", confirmedDaysAgo: 20 },
    { regencyId: malaka, issueId: belu.id, email: "menunggu.konfirmasi@contoh.id" },
  ];
  await db.follower.createMany({
    data: followers.map((f) => {
      const confirmedAt = f.confirmedDaysAgo === undefined ? null : ago(f.confirmedDaysAgo);
      return {
        regencyId: f.regencyId,
        issueId: f.issueId ?? null,
        target: f.issueId ? `issue:${f.issueId}` : "regency",
        email: f.email,
        mode: f.mode ?? "now",
        confirmedAt,
        lastDigestAt: confirmedAt,
        bouncedAt: f.bounced ? ago(10) : null,
        createdAt: confirmedAt ?? ago(1),
        // an unconfirmed request's link (its hash) ran out long ago in the demo
        confirmExpiresAt: confirmedAt ? null : ago(0.5),
      };
    }),
  });
  // what was public before the demo starts is history, not news: no digest of it goes out
  await db.$executeRaw`
    INSERT INTO "FollowerItem" ("followerId", "itemKey")
    SELECT f.id, 'note:' || u.id FROM "Follower" f
      JOIN "Issue" i ON i."regencyId" = f."regencyId" JOIN "IssueUpdate" u ON u."issueId" = i.id
    UNION
    SELECT f.id, 'version:' || v.id FROM "Follower" f
      JOIN "Publication" p ON p."regencyId" = f."regencyId" JOIN "PublicationVersion" v ON v."publicationId" = p.id
    ON CONFLICT DO NOTHING`;

  // 8 weeks of daily counters; "rising" subjects draw about four times their usual interest this week
  const subjects: { regencyId: string; subject: string; base: number; rising?: boolean }[] = [
    { regencyId: pangandaran, subject: "regency", base: 60 },
    { regencyId: pangandaran, subject: guru.id, base: 7, rising: true },
    { regencyId: pangandaran, subject: jalan.id, base: 12 },
    { regencyId: pangandaran, subject: p3d.id, base: 5 },
    { regencyId: malaka, subject: "regency", base: 25 },
    { regencyId: malaka, subject: belu.id, base: 4, rising: true },
    { regencyId: malaka, subject: banjir.id, base: 9 },
  ];
  const rows = [];
  for (const [si, s] of subjects.entries()) {
    const [{ today }] = await db.$queryRaw<{ today: Date }[]>`
      SELECT (now() AT TIME ZONE r."timeZone")::date AS today FROM "Regency" r WHERE r.id = ${s.regencyId}::uuid`;
    for (let back = 0; back < 56; back++) {
      const day = new Date(today.getTime() - back * DAY_MS);
      const weekday = day.getUTCDay();
      const factor = (weekday === 0 || weekday === 6 ? 0.7 : 1) * (s.rising && back < 7 ? 4.5 : 1);
      const views = Math.round(s.base * factor * (0.7 + 0.6 * wobble(si * 100 + back)));
      rows.push({
        regencyId: s.regencyId,
        subject: s.subject,
        day,
        views,
        shares: Math.round(views / 15 + wobble(si * 300 + back) * (s.rising && back < 7 ? 3 : 0.6)),
        feedFetches: Math.round(wobble(si * 200 + back) * (s.subject === "regency" ? 6 : 2)),
        feedSubscribers: s.subject === "regency" && back % 7 === 0 ? 12 : 0,
      });
    }
  }
  await db.publicAttentionDay.createMany({ data: rows });
}
