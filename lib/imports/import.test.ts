import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/server";
import { parseDelimited, readSheet } from "@/lib/spreadsheet/read";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { checkImport } from "./check";
import { IMPORT_KIND } from "./kinds";
import { commitImport, previewImport } from "./mutations";
import { importTemplate } from "./template";

const id = translatorFor("id");
const en = translatorFor("en");
const ALL = [id, en];

describe("checking an import sheet", () => {
  it("maps headers by their Indonesian or English names or codes, in any order, and choices by code or label", () => {
    const sheet = parseDelimited(
      [
        "Kategori;Title;urgency;Dampak",
        "Infrastruktur;Jalan poros Parigi rusak berat;5;4",
        "finance;Tunda bayar proyek tahun lalu;;",
        "Economy and potential;Pasar ikan Cikidang belum berfungsi;2;2",
      ].join("\n"),
    );
    const checked = checkImport(IMPORT_KIND.issues, sheet, id, ALL);
    expect(checked.errorCount).toBe(0);
    expect(checked.header).toEqual(["Kategori", "Judul", "Urgensi", "Dampak"]);
    expect(checked.records.map((r) => [r.line, r.data.category, r.data.impact, r.data.urgency])).toEqual([
      [2, "infrastructure", 4, 5],
      [3, "finance", 3, 3],
      [4, "economy_potential", 2, 2],
    ]);
  });

  it("reports each bad row with its line and an Indonesian reason, and keeps no record", () => {
    const sheet = parseDelimited(
      [
        "Nama,Jenis,Pengaruh,Kepentingan,Sikap",
        "H. Ahmad Sutisna,Masyarakat,3,5,Mendukung",
        "X,Masyarakat,3,5,",
        "Forum Guru,bukan-jenis,9,2,netral",
        "",
        "Dewi Lestari,LSM,2,2,Menentang",
      ].join("\n"),
    );
    const checked = checkImport(IMPORT_KIND.stakeholders, sheet, id, ALL);
    expect(checked.records).toEqual([]);
    expect(checked.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ["Nama: Minimal 2 karakter."]],
      [4, ["Jenis: Pilihan tidak valid.", "Pengaruh: Nilai maksimal 5."]],
      [6, []],
    ]);
  });

  it("refuses unknown and missing columns, the template's example row, and too many rows", () => {
    const wrong = checkImport(IMPORT_KIND.experts, parseDelimited("Nama,Hobi\nSiti,Catur"), id, ALL);
    expect(wrong.fileErrors.map((e) => [e.line, e.message])).toEqual([
      [1, 'Kolom "Hobi" tidak dikenal. Gunakan nama kolom dari templat.'],
      [1, 'Kolom wajib "Disiplin ilmu" tidak ada.'],
    ]);
    const example = IMPORT_KIND.experts.columns;
    const withExample = checkImport(
      IMPORT_KIND.experts,
      [
        { line: 1, cells: example.map((c) => c.key) },
        { line: 2, cells: example.map((c) => c.example) },
      ],
      id,
      ALL,
    );
    expect(withExample.rows[0].errors[0]).toMatch(/baris contoh/);
    const many = [
      { line: 1, cells: ["name", "discipline"] },
      ...Array.from({ length: 501 }, (_, i) => ({ line: i + 2, cells: [`Pakar ${i}`, "Hukum"] })),
    ];
    expect(checkImport(IMPORT_KIND.experts, many, id, ALL).fileErrors[0].message).toMatch(
      /Terlalu banyak baris: 501, maksimal 500/,
    );
  });

  it("reads the downloaded template back: its header maps, its example row is flagged, its dates are read day-first", async () => {
    const bytes = new Uint8Array(await importTemplate(IMPORT_KIND.media, id));
    const rows = await readSheet({ bytes });
    expect(rows[0].cells).toEqual([
      "Tanggal terbit",
      "Media",
      "Jenis media",
      "Judul berita",
      "Tautan",
      "Sentimen",
      "Jangkauan",
      "Catatan",
    ]);
    const example = checkImport(IMPORT_KIND.media, rows, id, ALL);
    expect(example.rows[0].errors).toHaveLength(1);
    const edited = [rows[0], { line: 2, cells: rows[1].cells.map((c, i) => (i === 1 ? "Radar Pangandaran" : c)) }];
    const checked = checkImport(IMPORT_KIND.media, edited, id, ALL);
    expect(checked.errorCount).toBe(0);
    expect(checked.records[0].data.publishedOn).toEqual(new Date("2026-12-04T00:00:00Z"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Petunjuk"]);
    expect(JSON.stringify(wb.worksheets[1].getSheetValues())).toContain("positif = Positif");
  });
});

describe("importing", () => {
  const stakeholderSheet = (tag: string, bad = false) =>
    parseDelimited(
      [
        "Nama;Organisasi;Jenis;Pengaruh;Kepentingan",
        `Ahmad ${tag};Forum Nelayan;Masyarakat;3;5`,
        bad ? `Budi ${tag};;Masyarakat;tujuh;5` : `Budi ${tag};;dprd;4;4`,
        bad ? `Citra ${tag};;Partai;2;2` : `Citra ${tag};Unpad;Akademisi;2;2`,
      ].join("\n"),
    );

  it("saves nothing while any row is bad", async () => {
    const actor = await actorFor(DEMO.coordinator);
    const pangandaran = await regencyId("pangandaran");
    const seq = await lastAuditSeq();
    const tag = randomUUID().slice(0, 8);
    const res = await commitImport(
      actor,
      {
        kind: "stakeholders",
        regencyId: pangandaran,
        rows: stakeholderSheet(tag, true),
        source: "a.csv",
        idempotencyKey: randomUUID(),
      },
      id,
    );
    expect(res.saved).toBe(false);
    if (!res.saved) expect(res.checked.rows.filter((r) => r.errors.length).map((r) => r.line)).toEqual([3, 4]);
    expect(await db.stakeholder.count({ where: { name: { contains: tag } } })).toBe(0);
    expect(await auditSince(seq)).toEqual([]);
  });

  it("saves every row in one audited transaction, once for a double click", async () => {
    const actor = await actorFor(DEMO.coordinator);
    const pangandaran = await regencyId("pangandaran");
    const seq = await lastAuditSeq();
    const tag = randomUUID().slice(0, 8);
    const input = {
      kind: "stakeholders" as const,
      regencyId: pangandaran,
      rows: stakeholderSheet(tag),
      source: "pemangku.csv",
      idempotencyKey: randomUUID(),
    };
    const [first, second] = await Promise.all([commitImport(actor, input, id), commitImport(actor, input, id)]);
    expect(first).toMatchObject({ saved: true, count: 3 });
    expect(second).toEqual(first);
    const saved = await db.stakeholder.findMany({
      where: { name: { contains: tag } },
      orderBy: { name: "asc" },
      select: { name: true, type: true, power: true, interest: true, stance: true, regencyId: true },
    });
    expect(saved).toEqual([
      { name: `Ahmad ${tag}`, type: "community", power: 3, interest: 5, stance: "neutral", regencyId: pangandaran },
      { name: `Budi ${tag}`, type: "dprd", power: 4, interest: 4, stance: "neutral", regencyId: pangandaran },
      { name: `Citra ${tag}`, type: "academic", power: 2, interest: 2, stance: "neutral", regencyId: pangandaran },
    ]);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual([
      "stakeholder.created",
      "stakeholder.created",
      "stakeholder.created",
      "stakeholders.imported",
    ]);
    expect(events[3]).toMatchObject({
      entityType: "bulk_import",
      entityId: "pemangku.csv",
      regencyId: pangandaran,
    });
    expect((events[3].changes as Record<string, unknown>).rows).toEqual([null, 3]);
  });

  it("numbers imported issues into the triage queue of the regency", async () => {
    const actor = await actorFor(DEMO.coordinator);
    const pangandaran = await regencyId("pangandaran");
    const tag = randomUUID().slice(0, 8);
    const rows = parseDelimited(
      `Judul,Kategori\nJembatan gantung ${tag} putus,Infrastruktur\nHonor guru ${tag} tertunda,dana`,
    );
    const preview = previewImport(actor, { kind: "issues", regencyId: pangandaran, rows, source: "isu.xlsx" }, id);
    expect(preview.rows[1].errors).toEqual(["Kategori: Pilih kategori isu."]);
    rows[2].cells[1] = "Keuangan";
    const res = await commitImport(
      actor,
      { kind: "issues", regencyId: pangandaran, rows, source: "isu.xlsx", idempotencyKey: randomUUID() },
      id,
    );
    expect(res).toMatchObject({ saved: true, count: 2 });
    const issues = await db.issue.findMany({
      where: { title: { contains: tag } },
      orderBy: { number: "asc" },
      select: { number: true, triage: true, category: true, source: true, sourceRef: true },
    });
    expect(issues.map((i) => [i.triage, i.category, i.source, i.sourceRef])).toEqual([
      ["pending", "infrastructure", "manual", "import:isu.xlsx"],
      ["pending", "finance", "manual", "import:isu.xlsx"],
    ]);
    expect(issues[1].number).toBe(issues[0].number + 1);
  });

  it("refuses a coordinator of Pangandaran importing into Malaka, and humas importing issues", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const malaka = await regencyId("malaka");
    const rows = parseDelimited("Nama,Disiplin ilmu\nDr. Yohanes Seran,Hukum adat");
    await expect(
      commitImport(
        coordinator,
        { kind: "experts", regencyId: malaka, rows, source: "x.csv", idempotencyKey: randomUUID() },
        id,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() =>
      previewImport(coordinator, { kind: "experts", regencyId: malaka, rows, source: "x.csv" }, id),
    ).toThrow();
    expect(await db.expertContact.count({ where: { name: "Dr. Yohanes Seran" } })).toBe(0);
    const humas = await actorFor(DEMO.humas);
    const pangandaran = await regencyId("pangandaran");
    await expect(
      commitImport(
        humas,
        {
          kind: "issues",
          regencyId: pangandaran,
          rows: parseDelimited("Judul,Kategori\nJudul yang cukup,finance"),
          source: "x",
          idempotencyKey: randomUUID(),
        },
        id,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
