import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/store";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { createNonconformity } from "../nonconformities/mutations";
import { expectRefusal } from "../test-helpers";
import { attachEvidence } from "./mutations";
import { getEvidenceFile } from "./queries";

beforeAll(() => {
  process.env.MEKAR_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "mekar-iso-files-"));
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
        recordType: "nonconformity",
        recordId: id,
        file: new File(["x"], "a.exe", { type: "application/x-msdownload" }),
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: ["files.errors.type"] } });
    await db.isoNonconformity.update({ where: { id }, data: { status: "closed" } });
    await expectRefusal(
      attachEvidence(coordinator, {
        recordType: "nonconformity",
        recordId: id,
        file: new File([bytes], "b.csv", { type: "text/csv" }),
      }),
      "INVALID",
      "iso.errors.evidenceLocked",
    );
  });
});
