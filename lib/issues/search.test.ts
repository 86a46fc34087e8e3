// Full-text issue search (issue 14, item 6): PostgreSQL's `indonesian` stemming, ranking,
// highlighted snippets, issue numbers, and input that is only ever a bound parameter.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { MARK_END, MARK_START, splitHighlight } from "@/lib/search/highlight";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { queryIssueList } from "./list-sql";
import { createIssue, triageIssue } from "./mutations";
import { listIssues } from "./queries";

let coordinator: Actor, malakaCoordinator: Actor;
let pangandaran: string, malaka: string, bappeda: string;
const now = new Date();

async function accepted(title: string, description = "", tags: string[] = []) {
  const { id } = await createIssue(coordinator, {
    idempotencyKey: randomUUID(),
    regencyId: pangandaran,
    title,
    description,
    category: "governance",
    impact: 3,
    urgency: 3,
  });
  await triageIssue(coordinator, {
    decision: "accept",
    issueId: id,
    version: 1,
    ownerPositionId: bappeda,
    agencyId: null,
    reviewCadenceDays: 14,
    dueDate: null,
  });
  if (tags.length) await db.issue.update({ where: { id }, data: { tags } });
  return db.issue.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, title: true } });
}

const titles = async (q: string) => (await listIssues(coordinator, pangandaran, { q }, now))!.rows.map((r) => r.title);

beforeAll(async () => {
  [coordinator, malakaCoordinator] = await Promise.all([DEMO.coordinator, DEMO.malakaCoordinator].map(actorFor));
  [pangandaran, malaka] = await Promise.all([regencyId("pangandaran"), regencyId("malaka")]);
  bappeda = (await db.position.findFirstOrThrow({ where: { regencyId: pangandaran, kind: "kepala_bappeda" } })).id;
});

describe("issue search", () => {
  it('finds "pembangunan" for "membangun" (Indonesian stemming), with the title\'s match marked', async () => {
    const { rows } = (await listIssues(coordinator, pangandaran, { q: "membangun" }, now))!;
    const hit = rows.find((r) => r.title.startsWith("Pembangunan kompleks pusat pemerintahan Parigi"));
    expect(hit).toBeDefined();
    expect(hit!.titleHighlight).toContain(`${MARK_START}Pembangunan${MARK_END}`);
    expect(splitHighlight(hit!.titleHighlight!).filter((s) => s.match)).toEqual([{ text: "Pembangunan", match: true }]);
    // a word that is in no issue finds nothing (the search narrows, it does not just sort)
    expect(await titles("kerbau")).toEqual([]);
  });

  it("completes the last word typed as a prefix, and highlights it", async () => {
    const { rows } = (await listIssues(coordinator, pangandaran, { q: "pembang" }, now))!;
    const hit = rows.find((r) => r.title.startsWith("Pembangunan kompleks"));
    expect(hit?.titleHighlight).toContain(`${MARK_START}Pembangunan${MARK_END}`);
    expect(await titles("pusat pemerin")).toContain(hit!.title);
  });

  it("ranks a title match above a match in the description only, and shows the description's snippet", async () => {
    const word = `zirkonia${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    const inText = await accepted(`Kajian tata kelola pelabuhan ${Date.now()}`, `Catatan rapat: ${word} dibahas lagi.`);
    const inTitle = await accepted(`Pengadaan ${word} untuk laboratorium daerah`);
    const { rows } = (await listIssues(coordinator, pangandaran, { q: word }, now))!;
    expect(rows.map((r) => r.id)).toEqual([inTitle.id, inText.id]);
    expect(rows[0].snippet).toBeNull(); // its description is empty
    expect(rows[1].snippet).toContain(`${MARK_START}${word}${MARK_END}`);
  });

  it("finds a tag or a program typed exactly", async () => {
    expect(await titles("batas wilayah")).toContain(
      "Penegasan batas wilayah Kecamatan Cimerak dengan Kabupaten Ciamis",
    );
    expect(await titles("1.03.10 Program Penyelenggaraan Jalan")).toContain(
      "Jalan lingkar Pangandaran–Cijulang rusak berat setelah musim hujan",
    );
  });

  it('puts the exact issue number first ("ISU-4", "ISSUE-4", "#4", "4")', async () => {
    const four = await db.issue.findUniqueOrThrow({
      where: { regencyId_number: { regencyId: pangandaran, number: 4 } },
      select: { title: true },
    });
    for (const q of ["ISU-4", "issue-4", "#4", "4"]) expect((await titles(q))[0]).toBe(four.title);
  });

  it("pages through ranked results by offset without losing or repeating one", async () => {
    const word = `kalderaz${randomUUID().slice(0, 6).replace(/\d/g, "q")}`;
    // ties (same rank) and different ranks: the order is still total (rank, then number)
    for (const title of [`Survei ${word}`, `Survei ${word} ${word}`, `Survei ${word}`, `Peta ${word}`, `Survei ulang`])
      await accepted(title, title.endsWith("ulang") ? `tentang ${word}` : "");
    const all = (await queryIssueList(db, pangandaran, { q: word }, now, 200)).rows.map((r) => r.id);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await queryIssueList(db, pangandaran, { q: word, after }, now, 2);
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(all);
    // another order chosen while searching keeps its keyset cursor
    const newest = await queryIssueList(db, pangandaran, { q: word, sort: "newest" }, now, 2);
    expect(newest.nextCursor).toMatch(/^\d+~\d+$/);
  });

  it("takes any text as words, never as SQL or tsquery syntax", async () => {
    const before = await db.issue.count();
    for (const q of [
      `'); DELETE FROM "Issue"; --`,
      `a & | ! :* ( ) <-> "`,
      `"unterminated phrase`,
      `-`,
      `\\' OR 1=1 --`,
      "dan yang", // stop words only
      "jalan\u0000\u0001", // control characters, NUL among them
    ])
      expect(Array.isArray(await titles(q))).toBe(true);
    expect(await db.issue.count()).toBe(before);
  });

  it("stays within the regency: Malaka's search does not find Pangandaran's issue, nor may Malaka's coordinator search Pangandaran", async () => {
    const rows = (await queryIssueList(db, malaka, { q: "membangun" }, now)).rows;
    expect(rows.some((r) => r.title.includes("Parigi"))).toBe(false);
    expect(await listIssues(malakaCoordinator, pangandaran, { q: "membangun" }, now)).toBeNull();
  });
});
