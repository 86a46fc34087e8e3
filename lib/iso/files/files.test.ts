import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileResponse, readStoredFile } from "@/lib/files/store";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { createNonconformity } from "../nonconformities/mutations";
import { expectRefusal } from "../test-helpers";
import { attachEvidence } from "./mutations";
import { getEvidenceFile } from "./queries";

let uploadDir: string;
beforeAll(() => {
  uploadDir = mkdtempSync(path.join(os.tmpdir(), "mekar-iso-files-"));
  process.env.MEKAR_UPLOAD_DIR = uploadDir;
});

describe("evidence files (bukti)", () => {
  it("stores type, size and SHA-256; only readers of the record may fetch it; a closed record takes no new evidence", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const { id } = await createNonconformity(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: await regencyId("pangandaran"),
      title: `Arsip SK tidak lengkap ${Date.now()}`,
      source: "process_monitoring",
      agencyId: null,
      description: "Dua SK pengangkatan tidak ditemukan di arsip BKPSDM.",
      requirement: "SOP Kearsipan 2.1",
      evidence: "",
      severity: "minor",
      correction: "",
    });
    const bytes = "nomor,status\nSK-1,hilang\n";
    const { id: fileId } = await attachEvidence(coordinator, {
      idempotencyKey: randomUUID(),
      recordType: "nonconformity",
      recordId: id,
      file: new File([bytes], "rekap.csv", { type: "text/csv" }),
    });
    const row = await db.isoEvidenceFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(row).toMatchObject({
      fileName: "rekap.csv",
      contentType: "text/csv",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect((await readStoredFile(row.storageKey)).toString()).toBe(bytes);
    expect(await getEvidenceFile(coordinator, fileId)).not.toBeNull();
    expect(await getEvidenceFile(await actorFor(DEMO.malakaCoordinator), fileId)).toBeNull();
    expect(await getEvidenceFile(await actorFor(DEMO.humas), fileId)).toBeNull();
    await expect(
      attachEvidence(coordinator, {
        idempotencyKey: randomUUID(),
        recordType: "nonconformity",
        recordId: id,
        file: new File(["x"], "a.exe", { type: "application/x-msdownload" }),
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: ["files.errors.type"] } });
    await db.isoNonconformity.update({ where: { id }, data: { status: "closed" } });
    await expectRefusal(
      attachEvidence(coordinator, {
        idempotencyKey: randomUUID(),
        recordType: "nonconformity",
        recordId: id,
        file: new File([bytes], "b.csv", { type: "text/csv" }),
      }),
      "INVALID",
      "iso.errors.evidenceLocked",
    );
  });

  it("refuses a program declared as a PDF and binary text, storing nothing; a PDF named .exe is kept and served as .pdf", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const { id } = await createNonconformity(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: await regencyId("pangandaran"),
      title: `Laporan BPK palsu ${Date.now()}`,
      source: "process_monitoring",
      agencyId: null,
      description: "Bukti diunggah dengan jenis yang tidak sesuai isinya.",
      requirement: "SOP Kearsipan 2.1",
      evidence: "",
      severity: "minor",
      correction: "",
    });
    const attach = (file: File) =>
      attachEvidence(coordinator, { recordType: "nonconformity", recordId: id, file, idempotencyKey: randomUUID() });
    const filesBefore = readdirSync(uploadDir).length;
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]);
    await expect(attach(new File([exe], "laporan-bpk.exe", { type: "application/pdf" }))).rejects.toMatchObject({
      fieldErrors: { file: ["files.errors.contentMismatch"] },
    });
    await expect(attach(new File([exe], "rekap.csv", { type: "text/csv" }))).rejects.toMatchObject({
      fieldErrors: { file: ["files.errors.notText"] },
    });
    await expect(
      attach(new File(["catatan\u0000\u0002"], "catatan.txt", { type: "text/plain" })),
    ).rejects.toMatchObject({
      fieldErrors: { file: ["files.errors.notText"] },
    });
    expect(await db.isoEvidenceFile.count({ where: { recordType: "nonconformity", recordId: id } })).toBe(0);
    expect(readdirSync(uploadDir).length).toBe(filesBefore);

    const pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    const { id: fileId } = await attach(new File([pdf], "laporan-bpk.exe", { type: "application/pdf" }));
    const file = await getEvidenceFile(coordinator, fileId);
    expect(file).toMatchObject({ fileName: "laporan-bpk.pdf", contentType: "application/pdf" });
    const res = fileResponse(await readStoredFile(file!.storageKey), file!);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="laporan-bpk.pdf"');
    expect(await res.text()).toBe(pdf);
  });

  it("evidence re-sent with its key (reload after posting) is attached once; a new key attaches another", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const { id } = await createNonconformity(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: await regencyId("pangandaran"),
      title: `Daftar hadir apel tidak diarsipkan ${Date.now()}`,
      source: "process_monitoring",
      agencyId: null,
      description: "Daftar hadir apel pagi bulan Oktober tidak ditemukan.",
      requirement: "SOP Kearsipan 2.1",
      evidence: "",
      severity: "minor",
      correction: "",
    });
    const key = randomUUID();
    const attach = (idempotencyKey: string) =>
      attachEvidence(coordinator, {
        idempotencyKey,
        recordType: "nonconformity",
        recordId: id,
        file: new File(["tanggal,hadir\n1 Okt,40\n"], "apel.csv", { type: "text/csv" }),
      });
    const first = await attach(key);
    expect(await attach(key)).toEqual(first);
    expect((await db.isoEvidenceFile.findMany({ where: { recordId: id } })).map((f) => f.id)).toEqual([first.id]);
    const second = await attach(randomUUID());
    expect(second.id).not.toBe(first.id);
    expect(await db.isoEvidenceFile.count({ where: { recordId: id } })).toBe(2);
  });
});
