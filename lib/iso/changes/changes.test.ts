import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { expectRefusal } from "../test-helpers";
import { advanceChange, createChange, decideAct, savePhaseNotes } from "./mutations";
import { getChange } from "./queries";

const current = (id: string) => db.isoChangeInitiative.findUniqueOrThrow({ where: { id } });
const notes = (
  c: { id: string; version: number },
  extra: Partial<Record<"planObjective" | "planScope" | "planRisks" | "doActivities" | "checkResults", string>>,
) => ({
  id: c.id,
  version: c.version,
  planObjective: "",
  planScope: "",
  planRisks: "",
  doActivities: "",
  checkResults: "",
  ...extra,
});

describe("change initiatives as PDCA cycles (perencanaan perubahan)", () => {
  it("runs plan → do → check → act with a gate at each phase, adjusts into a second cycle, then standardizes and is kept", async () => {
    const official = await actorFor(DEMO.official);
    const regency = await regencyId("pangandaran");
    const input = {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: `Layanan perizinan satu pintu ${Date.now()}`,
      purpose: "Memindahkan seluruh perizinan ke Mal Pelayanan Publik",
      consequences: "Loket OPD ditutup bertahap",
      resources: "6 petugas, aplikasi SiCantik",
      ownerPositionId: null,
      issueId: null,
    };
    const before = await lastAuditSeq();
    const { id } = await createChange(official, input);
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_change.created"]);
    expect((await createChange(official, input)).id).toBe(id);

    let c = await current(id);
    await expectRefusal(advanceChange(official, { id, version: c.version }), "INVALID", "iso.errors.planIncomplete");
    await savePhaseNotes(
      official,
      notes(c, {
        planObjective: "Semua izin usaha lewat MPP",
        planScope: "Dispar, DKPKP, DPUTR",
        doActivities: "diabaikan di fase plan",
      }),
    );
    c = await current(id);
    expect(c.doActivities).toBe(""); // only the current phase's notes are saved
    await expect(
      savePhaseNotes(official, notes({ id, version: c.version - 1 }, { planObjective: "x" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await advanceChange(official, { id, version: c.version });
    c = await current(id);
    await expectRefusal(advanceChange(official, { id, version: c.version }), "INVALID", "iso.errors.doIncomplete");
    await savePhaseNotes(official, notes(c, { doActivities: "Loket Dispar dipindah ke MPP" }));
    c = await current(id);
    await advanceChange(official, { id, version: c.version });
    c = await current(id);
    await expectRefusal(advanceChange(official, { id, version: c.version }), "INVALID", "iso.errors.checkIncomplete");
    await savePhaseNotes(
      official,
      notes(c, { checkResults: "Waktu izin turun dari 14 ke 6 hari; DPUTR belum pindah" }),
    );
    c = await current(id);
    await advanceChange(official, { id, version: c.version });
    c = await current(id);
    expect(c.phase).toBe("act");
    await decideAct(official, {
      id,
      version: c.version,
      decision: "adjust",
      note: "Siklus berikutnya: pindahkan DPUTR",
    });
    c = await current(id);
    expect(c).toMatchObject({ phase: "plan", cycle: 2 });
    for (const step of [
      { planObjective: "DPUTR ikut MPP", planScope: "DPUTR" },
      { doActivities: "Loket PBG dipindah" },
      { checkResults: "Semua izin di MPP" },
    ]) {
      await savePhaseNotes(official, notes(c, step));
      c = await current(id);
      await advanceChange(official, { id, version: c.version });
      c = await current(id);
    }
    await decideAct(official, {
      id,
      version: c.version,
      decision: "standardize",
      note: "Ditetapkan dalam Perbup pelayanan perizinan",
    });
    c = await current(id);
    expect(c.phase).toBe("closed");
    await expectRefusal(
      savePhaseNotes(official, notes(c, { planObjective: "ubah" })),
      "INVALID",
      "iso.errors.changeClosedLocked",
    );
    const detail = await getChange(official, id);
    expect(detail!.history.map((h) => h.event)).toEqual([
      "created",
      "phase_do",
      "phase_check",
      "phase_act",
      "next_cycle",
      "phase_do",
      "phase_check",
      "phase_act",
      "standardized",
    ]);
    expect(detail!.history[4].note).toMatch(/Waktu izin turun/); // cycle 1's results are kept
  });

  it("another regency reads null and cannot act; humas is forbidden", async () => {
    const official = await actorFor(DEMO.official);
    const regency = await regencyId("pangandaran");
    const input = {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: `Budaya kerja melayani ${Date.now()}`,
      purpose: "Menanamkan budaya kerja melayani di OPD baru",
      consequences: "",
      resources: "",
      ownerPositionId: null,
      issueId: null,
    };
    const { id } = await createChange(official, input);
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getChange(malaka, id)).toBeNull();
    await expect(advanceChange(malaka, { id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createChange(await actorFor(DEMO.humas), { ...input, idempotencyKey: randomUUID() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
