// The authorization matrix against another regency's data: every server action is called with
// VALID input aimed at Kabupaten Malaka's records (or naming Malaka in a create) while signed
// in as Kabupaten Pangandaran's coordinator, who holds every regency permission — but only in
// Pangandaran. Each call must be refused (NOT_FOUND or FORBIDDEN, no field errors), write no
// audit row and leave the target as it was. An action in neither FIXTURES nor EXEMPT fails
// the test. Positive controls run the same inputs against fresh Pangandaran records and
// succeed, so the fixtures are known to be valid.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ERROR_MESSAGE_KEYS } from "@/lib/action-state";
import { translatorFor } from "@/lib/i18n/server";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { createUser, removeMembership, setMembership } from "@/lib/users/mutations";
import { createUserSchema } from "@/lib/users/schemas";
import { actorFor, auditSince, DEMO, lastAuditSeq } from "@/tests/helpers/actors";
import { EXEMPT, FIXTURES, type Fields } from "@/tests/helpers/cross-regency-fixtures";
import {
  freshPangandaranTargets,
  malakaTargets,
  MissingTarget,
  need,
  type Targets,
} from "@/tests/helpers/malaka-targets";
import { serverActionModules } from "@/tests/helpers/server-actions";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  requireActor: async () => {
    if (!current) throw new Error("redirect /login");
    return current;
  },
}));
// Outside a request revalidatePath() throws; here it must not hide what the action did.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => {},
  revalidateTag: () => {},
}));

type Result = { status: string; message?: string; fieldErrors?: Record<string, string[]> };
type Action = ((prev: unknown, fd: FormData) => Promise<Result | void>) & { access?: string | null };

/**
 * Positive controls: the same inputs against fresh Pangandaran records, by Pangandaran's
 * coordinator (at least one per actions module), in this order (later ones build on earlier).
 */
const CONTROLS = [
  "lib/issues/actions.ts#createIssueAction",
  "lib/issues/actions.ts#updateIssueAction",
  "lib/regencies/actions.ts#updateMilestoneAction",
  "lib/regencies/actions.ts#updatePotentialStatusAction",
  "lib/regencies/actions.ts#linkPotentialIssueAction",
  "lib/leadership/actions.ts#updateLeaderProfileAction",
  "lib/leadership/actions.ts#appointHolderAction",
  "lib/agencies/actions.ts#updateAgencyAction",
  "lib/iso/assessments/actions.ts#saveRatingsAction",
  "lib/iso/audits/actions.ts#addFindingAction",
  "lib/iso/audits/actions.ts#completeAuditAction",
  "lib/iso/changes/actions.ts#savePhaseNotesAction",
  "lib/iso/changes/actions.ts#advanceChangeAction",
  "lib/iso/documents/actions.ts#editDraftAction",
  "lib/iso/documents/actions.ts#submitForReviewAction",
  "lib/iso/files/actions.ts#attachEvidenceAction",
  "lib/iso/nonconformities/actions.ts#updateNonconformityAction",
  "lib/iso/nonconformities/actions.ts#addCorrectiveActionAction",
  "lib/iso/nonconformities/actions.ts#startNonconformityAction",
  "lib/iso/objectives/actions.ts#recordMeasurementAction",
  "lib/iso/reviews/actions.ts#updateReviewAction",
  "lib/iso/reviews/actions.ts#completeReviewActionAction",
  "lib/iso/reviews/actions.ts#approveReviewAction",
  "lib/iso/risks/actions.ts#updateRiskAction",
  "lib/publications/actions.ts#updatePublicationAction",
  "lib/publications/actions.ts#setPublicationImageAction",
  "lib/publications/actions.ts#removePublicationImageAction",
  "lib/publications/actions.ts#submitPublicationAction",
  "lib/publications/narrative-actions.ts#addNarrativeMessageAction",
  "lib/publications/narrative-actions.ts#retireNarrativeMessageAction",
  "lib/media/actions.ts#updateCoverageAction",
  "lib/stakeholders/actions.ts#updateStakeholderAction",
  "lib/stakeholders/actions.ts#updateExpertAction",
  "lib/culture/surveys/actions.ts#updateSurveyDatesAction",
  "lib/workshops/actions.ts#updateWorkshopAction",
  "lib/workshops/actions.ts#setWorkshopLockedAction",
  "lib/workshops/actions.ts#updateActivityAction",
  "lib/workshops/tool-actions.ts#startTimerAction",
  "lib/workshops/tool-actions.ts#setLeaderboardAction",
  "lib/workshops/actions.ts#setActivityStateAction",
  "lib/workshops/actions.ts#setResultsVisibleAction",
  "lib/workshops/actions.ts#moderateEntryAction",
  "lib/workshops/actions.ts#entryToIssueAction",
  "lib/workshops/actions.ts#addSessionAction",
  "lib/workshops/actions.ts#startSessionAction",
  "lib/workshops/actions.ts#endSessionAction",
  "lib/workshops/follow-ups/actions.ts#setFollowUpStatusAction",
  "lib/notifications/actions.ts#markNotificationReadAction",
  "lib/aspirations/actions.ts#verifyAspirationAction",
  "lib/aspirations/actions.ts#updateReplyTemplateAction",
  "lib/issues/actions.ts#triageIssueAction", // last: rejects the fresh issue the others use
];

/**
 * Own record, other regency's reference: valid input on a fresh Pangandaran record (or naming
 * Pangandaran in a create) in which one id points into Malaka. Refused with nothing written.
 */
const MIXED: { id: string; foreign: (m: Targets) => Fields; base?: (p: Targets, m: Targets) => Targets }[] = [
  { id: "lib/culture/surveys/actions.ts#createSurveyAction", foreign: (m) => ({ agencyId: need(m, "agencyId") }) },
  { id: "lib/issues/actions.ts#updateIssueAction", foreign: (m) => ({ agencyId: need(m, "agencyId") }) },
  { id: "lib/issues/actions.ts#updateIssueAction", foreign: (m) => ({ ownerPositionId: need(m, "positionId") }) },
  {
    id: "lib/issues/actions.ts#updateIssueAction",
    foreign: (m) => ({ supportingPositionIds: [need(m, "positionId")] }),
  },
  { id: "lib/regencies/actions.ts#linkPotentialIssueAction", foreign: (m) => ({ issueId: need(m, "issueId") }) },
  {
    id: "lib/regencies/actions.ts#createObligationAction",
    foreign: (m) => ({ responsiblePositionId: need(m, "positionId") }),
  },
  { id: "lib/leadership/actions.ts#createPositionAction", foreign: (m) => ({ agencyId: need(m, "agencyId") }) },
  { id: "lib/leadership/actions.ts#appointHolderAction", foreign: (m) => ({ userId: need(m, "memberUserId") }) },
  { id: "lib/iso/audits/actions.ts#createAuditAction", foreign: (m) => ({ auditedAgencyId: need(m, "agencyId") }) },
  { id: "lib/iso/audits/actions.ts#createAuditAction", foreign: (m) => ({ leadAuditorId: need(m, "memberUserId") }) },
  { id: "lib/iso/changes/actions.ts#createChangeAction", foreign: (m) => ({ issueId: need(m, "issueId") }) },
  { id: "lib/iso/documents/actions.ts#createDocumentAction", foreign: (m) => ({ ownerAgencyId: need(m, "agencyId") }) },
  {
    id: "lib/iso/nonconformities/actions.ts#createNonconformityAction",
    foreign: (m) => ({ agencyId: need(m, "agencyId") }),
  },
  {
    id: "lib/iso/nonconformities/actions.ts#updateNonconformityAction",
    foreign: (m) => ({ agencyId: need(m, "agencyId") }),
  },
  {
    id: "lib/iso/nonconformities/actions.ts#addCorrectiveActionAction",
    foreign: (m) => ({ owner: `user:${need(m, "memberUserId")}` }),
  },
  {
    id: "lib/iso/nonconformities/actions.ts#addCorrectiveActionAction",
    foreign: (m) => ({ owner: `position:${need(m, "positionId")}` }),
  },
  {
    id: "lib/iso/objectives/actions.ts#createObjectiveAction",
    foreign: (m) => ({ ownerPositionId: need(m, "positionId") }),
  },
  { id: "lib/iso/reviews/actions.ts#createReviewAction", foreign: (m) => ({ chairPositionId: need(m, "positionId") }) },
  {
    id: "lib/iso/reviews/actions.ts#addReviewActionAction",
    foreign: (m) => ({ ownerPositionId: need(m, "positionId") }),
  },
  {
    id: "lib/iso/reviews/actions.ts#completeReviewActionAction",
    foreign: (m) => ({ actionId: need(m, "reviewActionId") }),
  },
  { id: "lib/iso/risks/actions.ts#updateRiskAction", foreign: (m) => ({ ownerPositionId: need(m, "positionId") }) },
  { id: "lib/publications/actions.ts#createPublicationAction", foreign: (m) => ({ issueIds: [need(m, "issueId")] }) },
  { id: "lib/publications/actions.ts#updatePublicationAction", foreign: (m) => ({ issueIds: [need(m, "issueId")] }) },
  { id: "lib/publications/actions.ts#setApproverAction", foreign: (m) => ({ positionId: need(m, "positionId") }) },
  { id: "lib/media/actions.ts#updateCoverageAction", foreign: (m) => ({ issueIds: [need(m, "issueId")] }) },
  { id: "lib/stakeholders/actions.ts#updateStakeholderAction", foreign: (m) => ({ issueIds: [need(m, "issueId")] }) },
  { id: "lib/stakeholders/actions.ts#updateExpertAction", foreign: (m) => ({ issueIds: [need(m, "issueId")] }) },
  // the fresh Pangandaran set has no template of its own: the form is built with Malaka's
  {
    id: "lib/workshops/actions.ts#useTemplateAction",
    foreign: () => ({}),
    base: (p, m) => ({ ...p, templateId: need(m, "templateId") }),
  },
  { id: "lib/workshops/follow-ups/actions.ts#createFollowUpAction", foreign: (m) => ({ issueId: need(m, "issueId") }) },
  // a ranking of issues: an issue of another regency can never be one of its options
  {
    id: "lib/workshops/actions.ts#createActivityAction",
    foreign: (m) => ({ kind: "ranking", issueIds: [need(m, "issueId"), need(m, "issueId")] }),
  },
  {
    id: "lib/workshops/follow-ups/actions.ts#createFollowUpAction",
    foreign: (m) => ({ ownerPositionId: need(m, "positionId") }),
  },
];

const t = translatorFor("id");
const REFUSED = [t(ERROR_MESSAGE_KEYS.NOT_FOUND), t(ERROR_MESSAGE_KEYS.FORBIDDEN)];
const actions = new Map<string, Action>();
let pangandaranCoordinator: Actor, malakaCoordinator: Actor;
let malaka: Targets, pangandaran: Targets;
let uploads = "";

function toFormData(fields: Fields): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) fd.append(k, x);
    else if (v instanceof File) fd.append(k, v);
    else fd.append(k, v === null ? "" : String(v));
  }
  return fd;
}

type Outcome = Result | { status: "redirect"; to: string } | { status: "threw"; error: string };

async function call(fn: Action, fields: Fields): Promise<Outcome> {
  try {
    return (await fn({ status: "idle" }, toFormData(fields))) ?? { status: "success" };
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { status: "redirect", to: digest.split(";")[2] ?? "" };
    return { status: "threw", error: e instanceof Error ? e.message : String(e) };
  }
}

/** Calls an action as `actor` against a target set: what it returned, and what it wrote. */
async function attempt(actor: Actor, id: string, targets: Targets, override: Fields = {}) {
  const fixture = FIXTURES[id];
  const [form, before, seq] = await Promise.all([fixture.form(targets), fixture.state(targets), lastAuditSeq()]);
  current = actor;
  const outcome = await call(actions.get(id)!, { ...form, ...override }).finally(() => {
    current = null;
  });
  const [audit, after] = await Promise.all([auditSince(seq), fixture.state(targets)]);
  return { outcome, audit, before, after };
}

/** Every problem with a refused cross-regency call, or none. */
async function refusalProblems(actor: Actor, id: string, targets: Targets): Promise<string[]> {
  const { outcome, audit, before, after } = await attempt(actor, id, targets);
  const problems: string[] = [];
  if (outcome.status !== "error" || !REFUSED.includes((outcome as Result).message ?? ""))
    problems.push(`not refused: ${JSON.stringify(outcome).slice(0, 300)}`);
  else if ((outcome as Result).fieldErrors)
    problems.push(`field errors (fixture is not valid input): ${JSON.stringify((outcome as Result).fieldErrors)}`);
  if (audit.length) problems.push(`wrote audit rows: ${audit.map((a) => a.action).join(", ")}`);
  try {
    expect(after).toEqual(before);
  } catch {
    problems.push("changed the target record");
  }
  return problems;
}

beforeAll(async () => {
  // evidence and images written by the positive controls stay out of the working tree
  uploads = mkdtempSync(path.join(os.tmpdir(), "mekar-authz-cross-"));
  process.env.MEKAR_UPLOAD_DIR = uploads;
  for (const file of serverActionModules()) {
    const mod = (await import(`@/${file}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === "function") actions.set(`${file}#${name}`, fn as Action);
  }
  [pangandaranCoordinator, malakaCoordinator] = await Promise.all([
    actorFor(DEMO.coordinator),
    actorFor(DEMO.malakaCoordinator),
  ]);
  malaka = await malakaTargets(malakaCoordinator);
  pangandaran = await freshPangandaranTargets(pangandaranCoordinator);
});

afterAll(() => {
  current = null;
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

describe("authorization against another regency's data", () => {
  it("has a fixture or a stated exemption for every server action", () => {
    const ids = [...actions.keys()];
    expect(ids.length).toBeGreaterThan(50);
    expect(
      ids.filter((id) => !(id in FIXTURES) && !(id in EXEMPT)),
      "actions missing from FIXTURES / EXEMPT",
    ).toEqual([]);
    expect(
      Object.keys(FIXTURES).filter((id) => id in EXEMPT),
      "both fixture and exemption",
    ).toEqual([]);
    expect(
      [...Object.keys(FIXTURES), ...Object.keys(EXEMPT)].filter((id) => !actions.has(id)),
      "stale entries",
    ).toEqual([]);
    expect(CONTROLS.filter((id) => !(id in FIXTURES))).toEqual([]);
  });

  it("refuses Pangandaran's coordinator every action on Malaka's records: NOT_FOUND/FORBIDDEN, no audit, nothing changed", async () => {
    const before = await lastAuditSeq();
    const failures: Record<string, string[]> = {};
    for (const id of Object.keys(FIXTURES)) {
      const problems = await refusalProblems(pangandaranCoordinator, id, malaka);
      if (problems.length) failures[id] = problems;
    }
    expect(failures).toEqual({});
    expect(await auditSince(before)).toHaveLength(0);
  });

  it("refuses Malaka's coordinator the same actions on Pangandaran's records (reverse spot-check)", async () => {
    const failures: Record<string, string[]> = {};
    let checked = 0;
    for (const id of Object.keys(FIXTURES)) {
      try {
        await FIXTURES[id].form(pangandaran);
      } catch (e) {
        if (e instanceof MissingTarget) continue;
        throw e;
      }
      checked++;
      const problems = await refusalProblems(malakaCoordinator, id, pangandaran);
      if (problems.length) failures[id] = problems;
    }
    expect(failures).toEqual({});
    expect(checked).toBeGreaterThanOrEqual(CONTROLS.length);
  });

  it("refuses a Pangandaran record that points at a Malaka record, and writes nothing", async () => {
    const failures: Record<string, string> = {};
    for (const { id, foreign, base } of MIXED) {
      const override = foreign(malaka);
      const { outcome, audit, before, after } = await attempt(
        pangandaranCoordinator,
        id,
        base ? base(pangandaran, malaka) : pangandaran,
        override,
      );
      const name = `${id} ${Object.keys(override).join(",")}`;
      const res = outcome as Result;
      const refused =
        res.status === "error" &&
        (REFUSED.includes(res.message ?? "") || Object.keys(override).some((k) => res.fieldErrors?.[k]?.length));
      if (!refused) failures[name] = `not refused: ${JSON.stringify(outcome).slice(0, 300)}`;
      else if (audit.length) failures[name] = `wrote audit rows: ${audit.map((a) => a.action).join(", ")}`;
      else if (JSON.stringify(after) !== JSON.stringify(before)) failures[name] = "changed the record";
    }
    expect(failures).toEqual({});
  });

  // A member of both regencies: coordinator in Pangandaran, a lesser role in Malaka. The gate
  // lets every action through (the coordinator role holds each permission somewhere); each
  // mutation must check the permission in the record's own regency.
  for (const role of ["official", "humas", "facilitator"] as const) {
    it(`refuses a Pangandaran coordinator who is ${role} in Malaka what that role may not do there`, async () => {
      const admin = await actorFor(DEMO.admin);
      const email = `dua.kabupaten.${role}.${Date.now()}@mekar.test`;
      const { id: userId } = await createUser(
        admin,
        createUserSchema.parse({
          idempotencyKey: randomUUID(),
          name: `Pejabat Dua Kabupaten (${role})`,
          email,
          password: "kata-sandi-uji-panjang",
          regencyId: need(pangandaran, "regencyId"),
          role: "coordinator",
        }),
      );
      await setMembership(admin, { userId, regencyId: need(malaka, "regencyId"), role });
      const dual = await actorFor(email);
      const failures: Record<string, string[]> = {};
      let checked = 0;
      try {
        for (const id of Object.keys(FIXTURES)) {
          const access = actions.get(id)!.access;
          if (!access || access === "signed-in" || access === "admin" || roleCan(role, access as Permission)) continue;
          checked++;
          const problems = await refusalProblems(dual, id, malaka);
          if (problems.length) failures[id] = problems;
        }
      } finally {
        // leave Pangandaran's coordinators as the seed has them (notifications go to coordinators)
        for (const m of dual.memberships) await removeMembership(admin, { userId, regencyId: m.regencyId });
      }
      expect(failures).toEqual({});
      expect(checked).toBeGreaterThan(10);
    });
  }

  it("would report a hole: the same check fails for Malaka's own coordinator on a Malaka record", async () => {
    // a record this file created in Malaka, so no seed value changes
    const problems = await refusalProblems(malakaCoordinator, "lib/iso/risks/actions.ts#updateRiskAction", malaka);
    expect(problems).toEqual([
      expect.stringMatching(/^not refused/),
      expect.stringMatching(/^wrote audit rows: iso_risk.updated/),
      "changed the target record",
    ]);
  });

  it("lets Pangandaran's coordinator make the same calls on fresh Pangandaran records (the fixtures are valid input)", async () => {
    const failures: Record<string, string> = {};
    for (const id of CONTROLS) {
      const { outcome, audit, before, after } = await attempt(pangandaranCoordinator, id, pangandaran);
      if (outcome.status !== "success" && outcome.status !== "redirect")
        failures[id] = JSON.stringify(outcome).slice(0, 300);
      else if (FIXTURES[id].audited !== false && audit.length === 0) failures[id] = "succeeded without an audit row";
      else if (JSON.stringify(after) === JSON.stringify(before)) failures[id] = "succeeded without changing the target";
    }
    expect(failures).toEqual({});
  });

  it("keeps the active-regency switch to the caller's own regencies", async () => {
    const switchRegency = actions.get("lib/auth/actions.ts#switchRegencyAction") as unknown as (
      fd: FormData,
    ) => Promise<void>;
    const to = (regencyId: string) => toFormData({ regencyId });
    current = pangandaranCoordinator;
    try {
      // refused: returns before it touches the cookie or redirects
      await expect(switchRegency(to(need(malaka, "regencyId")))).resolves.toBeUndefined();
      // allowed: goes on to set the cookie, which outside a request throws (proves the call above stopped early)
      await expect(switchRegency(to(need(pangandaran, "regencyId")))).rejects.toBeTruthy();
    } finally {
      current = null;
    }
  });
});
