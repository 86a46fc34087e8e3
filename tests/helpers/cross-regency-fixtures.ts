// The valid calls of the cross-regency authorization test (tests/integration/authz-cross-regency.test.ts):
// one per server action, keyed "<file>#<export>", each building its input from a target set
// (tests/helpers/malaka-targets.ts) and naming what a refused call must leave unchanged. A new
// action needs an entry here, or in EXEMPT with the reason it touches no regency's data.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ISO_INDICATOR_CODES } from "@/lib/iso/assessments/indicators";
import { parseDelimited } from "@/lib/spreadsheet/read";
import { need, type Targets } from "@/tests/helpers/malaka-targets";

export type Field = string | number | boolean | null | undefined | File | string[];
export type Fields = Record<string, Field>;
export type Fixture = {
  /** Valid input for the action, aimed at the records of this target set. */
  form: (t: Targets) => Promise<Fields>;
  /** What the call must leave unchanged when refused (a row, or a count for creates). */
  state: (t: Targets) => Promise<unknown>;
  /** false: a successful call writes no audit row (reading one's own notification). */
  audited?: false;
};

const uuid = () => randomUUID();
const ymd = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const lines = (v: unknown, f: (x: Record<string, string>) => string) =>
  ((v ?? []) as Record<string, string>[]).map(f).join("\n");
const mark = `uji lintas kabupaten ${Date.now()}`;
const txt = (name: string, body: string, type = "text/plain") => new File([body], name, { type });
// a 1×1 PNG
const png = () =>
  new File(
    [
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
        "base64",
      ),
    ],
    "foto.png",
    { type: "image/png" },
  );

const R = (t: Targets) => need(t, "regencyId");
const regencyRow = (t: Targets) => db.regency.findUniqueOrThrow({ where: { id: R(t) } });
const issueRow = (t: Targets, key: "issueId" | "pendingIssueId" = "issueId") =>
  db.issue.findUniqueOrThrow({ where: { id: need(t, key) }, include: { supporters: true } });
const ncRow = (t: Targets) =>
  db.isoNonconformity.findUniqueOrThrow({ where: { id: need(t, "nonconformityId") }, include: { actions: true } });
const docVersionRow = (t: Targets) =>
  db.isoDocumentVersion.findUniqueOrThrow({ where: { id: need(t, "documentVersionId") } });
const pubRow = (t: Targets) =>
  db.publication.findUniqueOrThrow({
    where: { id: need(t, "publicationId") },
    include: { issues: true, _count: { select: { versions: true, reviews: true, images: true } } },
  });
const workshopRow = (t: Targets) =>
  db.workshop.findUniqueOrThrow({
    where: { id: need(t, "workshopId") },
    include: { _count: { select: { activities: true } } },
  });
const activityRow = (t: Targets) => db.workshopActivity.findUniqueOrThrow({ where: { id: need(t, "activityId") } });
const surveyRow = (t: Targets) => db.cultureSurvey.findUniqueOrThrow({ where: { id: need(t, "surveyId") } });
const entryRow = (t: Targets) => db.workshopEntry.findUniqueOrThrow({ where: { id: need(t, "entryId") } });
const aspirationRow = (t: Targets) =>
  db.aspiration.findUniqueOrThrow({ where: { id: need(t, "aspirationId") }, include: { events: true } });
const aspirationRef = async (t: Targets) => ({
  id: need(t, "aspirationId"),
  version: (await aspirationRow(t)).version,
});
const replyTemplateRow = (t: Targets) =>
  db.replyTemplate.findUniqueOrThrow({ where: { id: need(t, "replyTemplateId") } });
const issueCount = (t: Targets) => db.issue.count({ where: { regencyId: R(t) } });
const docVersion = async (t: Targets) => ({
  documentId: need(t, "documentId"),
  versionId: need(t, "documentVersionId"),
  version: (await docVersionRow(t)).version,
});

/** One valid call per action, keyed "<file>#<export>". */
export const FIXTURES: Record<string, Fixture> = {
  // --- development issues ---
  "lib/issues/actions.ts#createIssueAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Isu ${mark}`,
      description: "Diusulkan oleh uji otorisasi.",
      category: "governance",
      impact: 3,
      urgency: 3,
    }),
    state: issueCount,
  },
  "lib/issues/actions.ts#updateIssueAction": {
    form: async (t) => {
      const i = await issueRow(t);
      return {
        issueId: i.id,
        version: i.version,
        title: i.title,
        description: `${i.description}\n\nCatatan ${mark}.`,
        category: i.category,
        lifecycle: i.lifecycle,
        impact: i.impact,
        urgency: i.urgency,
        agencyId: i.agencyId,
        ownerPositionId: i.ownerPositionId,
        supportingPositionIds: i.supporters.map((s) => s.positionId),
        dueDate: ymd(i.dueDate),
        reviewCadenceDays: i.reviewCadenceDays,
        programs: i.programs.join("\n"),
        tags: i.tags.join("\n"),
        isPublic: i.isPublic ? "on" : undefined,
      };
    },
    state: (t) => issueRow(t),
  },
  "lib/issues/actions.ts#triageIssueAction": {
    form: async (t) => ({
      decision: "reject",
      issueId: need(t, "pendingIssueId"),
      version: (await issueRow(t, "pendingIssueId")).version,
      reason: `Ditolak oleh ${mark}`,
    }),
    state: (t) => issueRow(t, "pendingIssueId"),
  },
  "lib/issues/actions.ts#changeIssueStageAction": {
    form: async (t) => {
      const i = await issueRow(t);
      return {
        issueId: i.id,
        version: i.version,
        stage: i.stage === "evaluation" ? "action" : "evaluation",
        note: `Tahap diubah (${mark})`,
      };
    },
    state: (t) => issueRow(t),
  },
  "lib/issues/actions.ts#addIssueUpdateAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      issueId: need(t, "issueId"),
      body: `Kemajuan: ${mark}`,
      percentDone: "",
    }),
    state: async (t) => [await issueRow(t), await db.issueUpdate.count({ where: { issueId: need(t, "issueId") } })],
  },

  // --- regencies and leadership ---
  "lib/culture/profiles/actions.ts#setGapThresholdAction": {
    form: async (t) => {
      const r = await regencyRow(t);
      return { regencyId: r.id, version: r.version, cultureGapThreshold: r.cultureGapThreshold + 1 };
    },
    state: regencyRow,
  },
  "lib/regencies/actions.ts#updateRegencyProfileAction": {
    form: async (t) => {
      const r = await db.regency.findUniqueOrThrow({ where: { id: R(t) } });
      return {
        regencyId: r.id,
        version: r.version,
        status: r.status,
        capital: r.capital,
        formationLaw: r.formationLaw,
        formationDate: ymd(r.formationDate),
        areaKm2: r.areaKm2,
        population: r.population,
        districts: r.districts,
        figuresAsOf: "2026",
        figuresSource: `${r.figuresSource ?? ""} (${mark})`.slice(0, 300),
      };
    },
    state: (t) => db.regency.findUniqueOrThrow({ where: { id: R(t) } }),
  },
  "lib/regencies/actions.ts#createMilestoneAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      kind: "other",
      title: `Tonggak ${mark}`,
      date: "2026-01-15",
    }),
    state: (t) => db.regencyMilestone.count({ where: { regencyId: R(t) } }),
  },
  "lib/regencies/actions.ts#updateMilestoneAction": {
    form: async (t) => {
      const m = await db.regencyMilestone.findUniqueOrThrow({ where: { id: need(t, "milestoneId") } });
      return {
        id: m.id,
        version: m.version,
        kind: m.kind,
        title: m.title,
        date: ymd(m.date),
        evidence: `${m.evidence ?? ""} (${mark})`.slice(0, 500),
        score: m.score,
        notes: m.notes,
      };
    },
    state: (t) => db.regencyMilestone.findUniqueOrThrow({ where: { id: need(t, "milestoneId") } }),
  },
  "lib/regencies/actions.ts#createObligationAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Kewajiban ${mark}`,
      aspect: "governance",
      source: "Permendagri 55/2011",
      dueDate: "2027-06-30",
    }),
    state: (t) => db.ministryObligation.count({ where: { regencyId: R(t) } }),
  },
  "lib/regencies/actions.ts#updateObligationAction": {
    form: async (t) => {
      const o = await db.ministryObligation.findUniqueOrThrow({ where: { id: need(t, "obligationId") } });
      return {
        id: o.id,
        version: o.version,
        title: `${o.title} (${mark})`,
        aspect: o.aspect ?? "formation",
        source: o.source,
        dueDate: ymd(o.dueDate),
        responsiblePositionId: o.responsiblePositionId ?? "",
      };
    },
    state: (t) => db.ministryObligation.findUniqueOrThrow({ where: { id: need(t, "obligationId") } }),
  },
  "lib/regencies/actions.ts#updateObligationStatusAction": {
    form: async (t) => {
      const o = await db.ministryObligation.findUniqueOrThrow({ where: { id: need(t, "obligationId") } });
      return {
        obligationId: o.id,
        version: o.version,
        status: o.status === "fulfilled" ? "in_progress" : "fulfilled",
        evidence: `Bukti ${mark}`,
      };
    },
    state: (t) => db.ministryObligation.findUniqueOrThrow({ where: { id: need(t, "obligationId") } }),
  },
  "lib/regencies/actions.ts#createPotentialAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      sector: "Pariwisata",
      title: `Potensi ${mark}`,
      description: "Uji.",
    }),
    state: (t) => db.regionalPotential.count({ where: { regencyId: R(t) } }),
  },
  "lib/regencies/actions.ts#updatePotentialStatusAction": {
    form: async (t) => {
      const p = await db.regionalPotential.findUniqueOrThrow({ where: { id: need(t, "potentialId") } });
      return {
        potentialId: p.id,
        version: p.version,
        status: p.status === "being_developed" ? "studied" : "being_developed",
      };
    },
    state: (t) => db.regionalPotential.findUniqueOrThrow({ where: { id: need(t, "potentialId") } }),
  },
  "lib/regencies/actions.ts#unlinkPotentialIssueAction": {
    form: async (t) => ({ potentialId: need(t, "potentialId"), issueId: need(t, "issueId") }),
    state: (t) => db.regionalPotentialIssue.findMany({ where: { potentialId: need(t, "potentialId") } }),
  },
  "lib/regencies/actions.ts#linkPotentialFollowUpAction": {
    form: async (t) => ({ potentialId: need(t, "potentialId"), followUpId: need(t, "followUpId") }),
    state: (t) => db.regionalPotentialFollowUp.findMany({ where: { potentialId: need(t, "potentialId") } }),
  },
  "lib/regencies/actions.ts#unlinkPotentialFollowUpAction": {
    form: async (t) => ({ potentialId: need(t, "potentialId"), followUpId: need(t, "followUpId") }),
    state: (t) => db.regionalPotentialFollowUp.findMany({ where: { potentialId: need(t, "potentialId") } }),
  },
  "lib/regencies/actions.ts#linkPotentialIssueAction": {
    form: async (t) => ({ potentialId: need(t, "potentialId"), issueId: need(t, "issueId") }),
    state: (t) => db.regionalPotentialIssue.findMany({ where: { potentialId: need(t, "potentialId") } }),
  },
  "lib/agencies/actions.ts#createAgencyAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      name: `Dinas Uji ${mark}`,
      shortName: "DisUji",
      kind: "dinas",
    }),
    state: (t) => db.agency.count({ where: { regencyId: R(t) } }),
  },
  "lib/agencies/actions.ts#updateAgencyAction": {
    form: async (t) => {
      const a = await db.agency.findUniqueOrThrow({ where: { id: need(t, "agencyId") } });
      return { id: a.id, version: a.version, name: a.name, shortName: `${a.shortName ?? "OPD"}-2`, kind: a.kind };
    },
    state: (t) => db.agency.findUniqueOrThrow({ where: { id: need(t, "agencyId") } }),
  },
  "lib/leadership/actions.ts#createPositionAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      kind: "other",
      title: `Staf Ahli ${mark}`,
      agencyId: need(t, "agencyId"),
    }),
    state: (t) => db.position.count({ where: { regencyId: R(t) } }),
  },
  "lib/leadership/actions.ts#appointHolderAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      positionId: need(t, "positionId"),
      personName: "Pejabat Pengganti Uji",
      appointment: "plt",
      startDate: "2027-01-04",
    }),
    state: (t) =>
      db.positionTerm.findMany({ where: { positionId: need(t, "positionId") }, orderBy: { startDate: "asc" } }),
  },
  "lib/leadership/actions.ts#endTermAction": {
    form: async (t) => ({
      termId: need(t, "termId"),
      version: (await db.positionTerm.findUniqueOrThrow({ where: { id: need(t, "termId") } })).version,
      endDate: "2030-12-31",
    }),
    state: (t) => db.positionTerm.findUniqueOrThrow({ where: { id: need(t, "termId") } }),
  },
  "lib/leadership/actions.ts#setCoordinatorAction": {
    form: async (t) => ({ positionId: need(t, "coordinatorKindPositionId") }),
    state: (t) =>
      db.position.findMany({
        where: { regencyId: R(t) },
        orderBy: { id: "asc" },
        select: { id: true, isCoordinator: true, version: true },
      }),
  },
  "lib/leadership/actions.ts#updateLeaderProfileAction": {
    form: async (t) => {
      const term = await db.positionTerm.findUniqueOrThrow({ where: { id: need(t, "termId") } });
      return {
        termId: term.id,
        version: term.version,
        background: `Latar belakang (${mark})`,
        disciplines: term.disciplines,
        profileNotes: term.profileNotes,
      };
    },
    state: (t) => db.positionTerm.findUniqueOrThrow({ where: { id: need(t, "termId") } }),
  },

  "lib/leadership/roles/actions.ts#assessLeaderAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      termId: need(t, "termId"),
      period: 2026,
      kind: "colleague",
      score_mentor: 4,
      score_facilitator: 3,
      score_innovator: 2,
      score_broker: 3,
      score_producer: 4,
      score_director: 5,
      score_coordinator: 3,
      score_monitor: 2,
    }),
    state: (t) => db.leadershipAssessment.findMany({ where: { termId: need(t, "termId") }, orderBy: { id: "asc" } }),
  },
  "lib/leadership/roles/actions.ts#setLeadershipTeamAction": {
    form: async (t) => {
      const p = await db.position.findUniqueOrThrow({ where: { id: need(t, "positionId") } });
      return { positionId: p.id, version: p.version, member: p.inLeadershipTeam ? "false" : "true" };
    },
    state: (t) => db.position.findUniqueOrThrow({ where: { id: need(t, "positionId") } }),
  },

  // --- ISO: self-assessment ---
  "lib/iso/assessments/actions.ts#createAssessmentAction": {
    form: async (t) => ({ idempotencyKey: uuid(), regencyId: R(t), period: "2098-Q1" }),
    state: (t) => db.isoAssessment.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/assessments/actions.ts#saveRatingsAction": {
    form: async (t) => {
      const a = await db.isoAssessment.findUniqueOrThrow({
        where: { id: need(t, "assessmentId") },
        include: { ratings: true },
      });
      const fields: Fields = { id: a.id, version: a.version };
      for (const r of a.ratings)
        Object.assign(fields, {
          [`rating_${r.indicatorCode}`]: r.rating ?? "",
          [`evidence_${r.indicatorCode}`]: r.evidence,
          [`notes_${r.indicatorCode}`]: r.notes,
        });
      fields[`rating_${ISO_INDICATOR_CODES[0]}`] = "green";
      fields[`evidence_${ISO_INDICATOR_CODES[0]}`] = `Bukti ${mark}`;
      return fields;
    },
    state: (t) =>
      db.isoAssessment.findUniqueOrThrow({
        where: { id: need(t, "assessmentId") },
        include: { ratings: { orderBy: { indicatorCode: "asc" } } },
      }),
  },
  "lib/iso/assessments/actions.ts#submitAssessmentAction": {
    form: async (t) => ({
      id: need(t, "assessmentId"),
      version: (await db.isoAssessment.findUniqueOrThrow({ where: { id: need(t, "assessmentId") } })).version,
    }),
    state: (t) => db.isoAssessment.findUniqueOrThrow({ where: { id: need(t, "assessmentId") } }),
  },
  "lib/iso/assessments/actions.ts#verifyAssessmentAction": {
    form: async (t) => ({
      id: need(t, "assessmentId"),
      version: (await db.isoAssessment.findUniqueOrThrow({ where: { id: need(t, "assessmentId") } })).version,
      decision: "verified",
    }),
    state: (t) => db.isoAssessment.findUniqueOrThrow({ where: { id: need(t, "assessmentId") } }),
  },
  "lib/iso/assessments/actions.ts#raiseFromRatingAction": {
    form: async (t) => ({ ratingId: need(t, "ratingId"), target: "issue", assessmentId: need(t, "assessmentId") }),
    state: async (t) => [
      await db.isoAssessmentRating.findUniqueOrThrow({ where: { id: need(t, "ratingId") } }),
      await issueCount(t),
    ],
  },

  // --- ISO: internal audits ---
  "lib/iso/audits/actions.ts#createAuditAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      programYear: 2027,
      title: `Audit ${mark}`,
      scope: "Ruang lingkup uji",
      criteria: "SNI ISO 9001:2015",
      auditedAgencyId: need(t, "agencyId"),
      leadAuditorId: need(t, "memberUserId"),
      startDate: "2027-02-01",
      endDate: "2027-02-02",
    }),
    state: (t) => db.isoAudit.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/audits/actions.ts#addFindingAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      auditId: need(t, "auditId"),
      kind: "observation",
      clause: "7.5.3",
      statement: `Temuan pengamatan ${mark}.`,
      evidence: "Daftar induk",
    }),
    state: (t) => db.isoAudit.findUniqueOrThrow({ where: { id: need(t, "auditId") }, include: { findings: true } }),
  },
  "lib/iso/audits/actions.ts#completeAuditAction": {
    form: async (t) => ({
      id: need(t, "auditId"),
      version: (await db.isoAudit.findUniqueOrThrow({ where: { id: need(t, "auditId") } })).version,
    }),
    state: (t) => db.isoAudit.findUniqueOrThrow({ where: { id: need(t, "auditId") } }),
  },
  "lib/iso/audits/actions.ts#raiseFromFindingAction": {
    form: async (t) => ({ findingId: need(t, "findingId"), target: "nonconformity", auditId: need(t, "auditId") }),
    state: async (t) => [
      await db.isoAuditFinding.findUniqueOrThrow({ where: { id: need(t, "findingId") } }),
      await db.isoNonconformity.count({ where: { regencyId: R(t) } }),
    ],
  },

  // --- ISO: change initiatives (PDCA) ---
  "lib/iso/changes/actions.ts#createChangeAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Perubahan ${mark}`,
      purpose: "Tujuan perubahan untuk pengujian.",
      issueId: need(t, "issueId"),
    }),
    state: (t) => db.isoChangeInitiative.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/changes/actions.ts#proposeFromCultureGapAction": {
    // the seeded whole-regency culture profile of 2026 leans to hierarchy far beyond the threshold
    form: async (t) => ({ idempotencyKey: uuid(), regencyId: R(t), agencyId: "", type: "hierarchy", period: 2026 }),
    state: async (t) => [
      await db.isoChangeInitiative.count({ where: { regencyId: R(t) } }),
      await db.isoObjective.count({ where: { regencyId: R(t) } }),
    ],
  },
  "lib/iso/changes/actions.ts#savePhaseNotesAction": {
    form: async (t) => {
      const c = await db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } });
      return {
        id: c.id,
        version: c.version,
        planObjective: `Sasaran (${mark})`,
        planScope: c.planScope,
        planRisks: c.planRisks,
        doActivities: c.doActivities,
        checkResults: c.checkResults,
      };
    },
    state: (t) => db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } }),
  },
  "lib/iso/changes/actions.ts#advanceChangeAction": {
    form: async (t) => ({
      id: need(t, "changeId"),
      version: (await db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } })).version,
    }),
    state: (t) => db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } }),
  },
  "lib/iso/changes/actions.ts#decideActAction": {
    form: async (t) => ({
      id: need(t, "changeId"),
      version: (await db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } })).version,
      decision: "adjust",
      note: `Siklus berikutnya (${mark})`,
    }),
    state: (t) => db.isoChangeInitiative.findUniqueOrThrow({ where: { id: need(t, "changeId") } }),
  },

  // --- ISO: controlled documents ---
  "lib/iso/documents/actions.ts#createDocumentAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      number: `SOP-X-${Date.now()}`,
      title: `Dokumen ${mark}`,
      type: "procedure",
      ownerAgencyId: need(t, "agencyId"),
      content: "## Isi",
    }),
    state: (t) => db.isoDocument.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/documents/actions.ts#editDraftAction": {
    form: async (t) => ({ ...(await docVersion(t)), changeSummary: "Perbaikan uji", content: `## Isi\n${mark}` }),
    state: docVersionRow,
  },
  "lib/iso/documents/actions.ts#submitForReviewAction": { form: docVersion, state: docVersionRow },
  "lib/iso/documents/actions.ts#reviewVersionAction": {
    form: async (t) => ({ ...(await docVersion(t)), decision: "approve" }),
    state: docVersionRow,
  },
  "lib/iso/documents/actions.ts#makeEffectiveAction": {
    form: async (t) => ({ ...(await docVersion(t)), reviewDueDate: "2027-12-31" }),
    state: docVersionRow,
  },
  "lib/iso/documents/actions.ts#startNewVersionAction": {
    form: async (t) => ({ documentId: need(t, "documentId"), changeSummary: `Versi baru (${mark})` }),
    state: (t) =>
      db.isoDocument.findUniqueOrThrow({ where: { id: need(t, "documentId") }, include: { versions: true } }),
  },

  // --- ISO: evidence files ---
  "lib/iso/files/actions.ts#attachEvidenceAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      recordType: "nonconformity",
      recordId: need(t, "nonconformityId"),
      file: txt("bukti.txt", `Bukti ${mark}`),
    }),
    state: (t) => db.isoEvidenceFile.count({ where: { recordId: need(t, "nonconformityId") } }),
  },

  // --- ISO: nonconformities ---
  "lib/iso/nonconformities/actions.ts#createNonconformityAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `KTS ${mark}`,
      source: "public_complaint",
      agencyId: need(t, "agencyId"),
      description: "Uraian ketidaksesuaian uji.",
      requirement: "Maklumat pelayanan",
      severity: "minor",
    }),
    state: (t) => db.isoNonconformity.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/nonconformities/actions.ts#updateNonconformityAction": {
    form: async (t) => {
      const n = await ncRow(t);
      return {
        id: n.id,
        version: n.version,
        title: n.title,
        agencyId: n.agencyId,
        description: n.description,
        requirement: n.requirement,
        evidence: n.evidence,
        severity: n.severity,
        correction: n.correction,
        rootCause: `Akar masalah (${mark})`,
        similarChecked: n.similarChecked,
      };
    },
    state: ncRow,
  },
  "lib/iso/nonconformities/actions.ts#addCorrectiveActionAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      nonconformityId: need(t, "nonconformityId"),
      description: `Tindakan ${mark}`,
      owner: `user:${need(t, "memberUserId")}`,
      dueDate: "2027-03-31",
    }),
    state: ncRow,
  },
  "lib/iso/nonconformities/actions.ts#startNonconformityAction": {
    form: async (t) => ({ id: need(t, "nonconformityId"), version: (await ncRow(t)).version }),
    state: ncRow,
  },
  "lib/iso/nonconformities/actions.ts#completeCorrectiveActionAction": {
    form: async (t) => {
      const a = await db.isoCorrectiveAction.findUniqueOrThrow({ where: { id: need(t, "correctiveActionId") } });
      return { actionId: a.id, version: a.version, doneNote: `Selesai (${mark})`, nonconformityId: a.nonconformityId };
    },
    state: (t) => db.isoCorrectiveAction.findUniqueOrThrow({ where: { id: need(t, "correctiveActionId") } }),
  },
  "lib/iso/nonconformities/actions.ts#requestVerificationAction": {
    form: async (t) => ({ id: need(t, "nonconformityId"), version: (await ncRow(t)).version }),
    state: ncRow,
  },
  "lib/iso/nonconformities/actions.ts#verifyNonconformityAction": {
    form: async (t) => ({
      id: need(t, "nonconformityId"),
      version: (await ncRow(t)).version,
      effective: "yes",
      note: `Efektif (${mark})`,
    }),
    state: ncRow,
  },
  "lib/iso/nonconformities/actions.ts#reopenNonconformityAction": {
    form: async (t) => ({
      id: need(t, "nonconformityId"),
      version: (await ncRow(t)).version,
      reason: `Dibuka kembali (${mark})`,
    }),
    state: ncRow,
  },

  // --- ISO: quality objectives, management reviews, risks ---
  "lib/iso/objectives/actions.ts#createObjectiveAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Sasaran ${mark}`,
      indicator: "Persentase izin tepat waktu",
      unit: "%",
      baseline: 60,
      target: 85,
      direction: "increase",
    }),
    state: (t) => db.isoObjective.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/objectives/actions.ts#recordMeasurementAction": {
    form: async (t) => ({ objectiveId: need(t, "objectiveId"), period: "2026-Q4", value: 72, note: mark }),
    state: (t) => db.isoObjectiveMeasurement.findMany({ where: { objectiveId: need(t, "objectiveId") } }),
  },
  "lib/iso/reviews/actions.ts#createReviewAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Tinjauan ${mark}`,
      meetingDate: "2026-12-01",
      attendees: "Bupati",
    }),
    state: (t) => db.isoManagementReview.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/reviews/actions.ts#updateReviewAction": {
    form: async (t) => {
      const r = await db.isoManagementReview.findUniqueOrThrow({ where: { id: need(t, "reviewId") } });
      return { id: r.id, version: r.version, attendees: r.attendees, decisions: `${r.decisions}\n2. ${mark}` };
    },
    state: (t) =>
      db.isoManagementReview.findUniqueOrThrow({ where: { id: need(t, "reviewId") }, include: { actions: true } }),
  },
  "lib/iso/reviews/actions.ts#addReviewActionAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      reviewId: need(t, "reviewId"),
      description: `Tindak lanjut ${mark}`,
      dueDate: "2027-04-30",
    }),
    state: (t) =>
      db.isoManagementReview.findUniqueOrThrow({ where: { id: need(t, "reviewId") }, include: { actions: true } }),
  },
  "lib/iso/reviews/actions.ts#completeReviewActionAction": {
    form: async (t) => ({ reviewId: need(t, "reviewId"), actionId: need(t, "reviewActionId") }),
    state: (t) => db.isoReviewAction.findUniqueOrThrow({ where: { id: need(t, "reviewActionId") } }),
  },
  "lib/iso/reviews/actions.ts#approveReviewAction": {
    form: async (t) => ({
      id: need(t, "reviewId"),
      version: (await db.isoManagementReview.findUniqueOrThrow({ where: { id: need(t, "reviewId") } })).version,
    }),
    state: (t) => db.isoManagementReview.findUniqueOrThrow({ where: { id: need(t, "reviewId") } }),
  },
  "lib/iso/risks/actions.ts#createRiskAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      kind: "opportunity",
      title: `Peluang ${mark}`,
      likelihood: 3,
      impact: 3,
      treatment: "pursue",
      reviewDate: "2027-06-30",
    }),
    state: (t) => db.isoRisk.count({ where: { regencyId: R(t) } }),
  },
  "lib/iso/risks/actions.ts#updateRiskAction": {
    form: async (t) => {
      const r = await db.isoRisk.findUniqueOrThrow({ where: { id: need(t, "riskId") } });
      return {
        id: r.id,
        version: r.version,
        kind: r.kind,
        title: r.title,
        context: r.context,
        likelihood: r.likelihood === 5 ? 4 : r.likelihood + 1,
        impact: r.impact,
        treatment: r.treatment,
        action: `Tindakan (${mark})`,
        ownerPositionId: r.ownerPositionId,
        reviewDate: ymd(r.reviewDate),
      };
    },
    state: (t) => db.isoRisk.findUniqueOrThrow({ where: { id: need(t, "riskId") } }),
  },

  // --- strategic humas ---
  "lib/publications/actions.ts#createPublicationAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      kind: "issue_update",
      title: `Pembaruan ${mark}`,
      summary: "Ringkasan",
      body: "Isi",
      issueIds: [need(t, "issueId")],
    }),
    state: (t) => db.publication.count({ where: { regencyId: R(t) } }),
  },
  "lib/publications/actions.ts#updatePublicationAction": {
    form: async (t) => {
      const p = await pubRow(t);
      return {
        id: p.id,
        version: p.version,
        kind: p.kind,
        title: p.title,
        summary: p.summary,
        body: `${p.body}\n\n${mark}`,
        internalNote: p.internalNote,
        issueIds: p.issues.map((i) => i.issueId),
        publishAt: "",
      };
    },
    state: pubRow,
  },
  "lib/publications/actions.ts#submitPublicationAction": {
    form: async (t) => ({ id: need(t, "publicationId"), version: (await pubRow(t)).version }),
    state: pubRow,
  },
  "lib/publications/actions.ts#approvePublicationAction": {
    form: async (t) => ({ id: need(t, "publicationId"), version: (await pubRow(t)).version, publishAt: "" }),
    state: pubRow,
  },
  "lib/publications/actions.ts#sendBackPublicationAction": {
    form: async (t) => ({
      id: need(t, "publicationId"),
      version: (await pubRow(t)).version,
      comment: `Mohon diperbaiki (${mark})`,
    }),
    state: pubRow,
  },
  "lib/publications/actions.ts#withdrawPublicationAction": {
    form: async (t) => ({
      id: need(t, "publicationId"),
      version: (await pubRow(t)).version,
      reason: `Ditarik (${mark})`,
    }),
    state: pubRow,
  },
  "lib/publications/actions.ts#setApproverAction": {
    form: async (t) => ({ regencyId: R(t), positionId: need(t, "positionId") }),
    state: (t) => db.publicationSettings.findUnique({ where: { regencyId: R(t) } }),
  },
  "lib/publications/actions.ts#setPublicationImageAction": {
    form: async (t) => ({
      id: need(t, "publicationId"),
      version: (await pubRow(t)).version,
      file: png(),
      imageAlt: `Foto ${mark}`,
    }),
    state: pubRow,
  },
  "lib/publications/actions.ts#removePublicationImageAction": {
    form: async (t) => ({ id: need(t, "publicationId"), version: (await pubRow(t)).version }),
    state: pubRow,
  },
  // --- aspirations from citizens ---
  "lib/aspirations/actions.ts#verifyAspirationAction": {
    form: async (t) => ({ ...(await aspirationRef(t)), tier: "standard" }),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#acceptAspirationAction": {
    form: async (t) => ({ ...(await aspirationRef(t)), issueId: need(t, "issueId"), title: "", category: "" }),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#forwardAspirationAction": {
    form: async (t) => ({ ...(await aspirationRef(t)), agencyId: need(t, "agencyId"), days: 5 }),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#answerAspirationAction": {
    form: async (t) => ({ ...(await aspirationRef(t)), body: `Tanggapan ${mark}`, isPublic: "on" }),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#rejectAspirationAction": {
    form: async (t) => ({ ...(await aspirationRef(t)), reason: `Alasan ${mark}` }),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#closeAspirationAction": {
    form: async (t) => aspirationRef(t),
    state: (t) => aspirationRow(t),
  },
  "lib/aspirations/actions.ts#updateAspirationDeadlinesAction": {
    form: async (t) => ({
      regencyId: R(t),
      version: (await regencyRow(t)).version,
      aspirationFirstResponseDays: 4,
      aspirationStandardDays: 6,
      aspirationNoFieldCheckDays: 14,
      aspirationFieldCheckDays: 60,
    }),
    state: (t) => regencyRow(t),
  },
  "lib/aspirations/actions.ts#createReplyTemplateAction": {
    form: async (t) => ({ idempotencyKey: uuid(), regencyId: R(t), title: `Templat ${mark}`, body: "Terima kasih." }),
    state: (t) => db.replyTemplate.count({ where: { regencyId: R(t) } }),
  },
  "lib/aspirations/actions.ts#updateReplyTemplateAction": {
    form: async (t) => ({
      id: need(t, "replyTemplateId"),
      version: (await replyTemplateRow(t)).version,
      title: `Templat diubah ${mark}`,
      body: "Terima kasih, laporan diteruskan.",
    }),
    state: (t) => replyTemplateRow(t),
  },
  "lib/aspirations/actions.ts#deleteReplyTemplateAction": {
    form: async (t) => ({ id: need(t, "replyTemplateId"), version: (await replyTemplateRow(t)).version }),
    state: (t) => db.replyTemplate.count({ where: { id: need(t, "replyTemplateId") } }),
  },
  "lib/publications/narrative-actions.ts#addNarrativeMessageAction": {
    form: async (t) => ({ idempotencyKey: uuid(), issueId: need(t, "issueId"), text: `Pesan kunci ${mark}` }),
    state: (t) => db.narrativeMessage.count({ where: { regencyId: R(t) } }),
  },
  "lib/publications/narrative-actions.ts#retireNarrativeMessageAction": {
    form: async (t) => ({
      id: need(t, "narrativeId"),
      version: (await db.narrativeMessage.findUniqueOrThrow({ where: { id: need(t, "narrativeId") } })).version,
    }),
    state: (t) => db.narrativeMessage.findUniqueOrThrow({ where: { id: need(t, "narrativeId") } }),
  },
  "lib/media/actions.ts#createCoverageAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      outlet: "Harian Uji",
      mediaType: "online",
      url: "https://contoh.example/uji-lintas",
      publishedOn: "2026-11-20",
      headline: `Berita ${mark}`,
      sentiment: "netral",
      reach: 1000,
      issueIds: [need(t, "issueId")],
    }),
    state: (t) => db.mediaCoverage.count({ where: { regencyId: R(t) } }),
  },
  "lib/media/actions.ts#updateCoverageAction": {
    form: async (t) => {
      const c = await db.mediaCoverage.findUniqueOrThrow({
        where: { id: need(t, "coverageId") },
        include: { issues: true },
      });
      return {
        id: c.id,
        version: c.version,
        outlet: c.outlet,
        mediaType: c.mediaType,
        url: c.url,
        publishedOn: ymd(c.publishedOn),
        headline: c.headline,
        sentiment: c.sentiment,
        reach: c.reach,
        notes: `Catatan ${mark}`,
        issueIds: c.issues.map((i) => i.issueId),
      };
    },
    state: (t) =>
      db.mediaCoverage.findUniqueOrThrow({ where: { id: need(t, "coverageId") }, include: { issues: true } }),
  },
  "lib/stakeholders/actions.ts#createStakeholderAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      name: `Pemangku ${mark}`,
      organisation: "Paguyuban",
      type: "community",
      power: 2,
      interest: 4,
      stance: "neutral",
      issueIds: [need(t, "issueId")],
    }),
    state: (t) => db.stakeholder.count({ where: { regencyId: R(t) } }),
  },
  "lib/stakeholders/actions.ts#updateStakeholderAction": {
    form: async (t) => {
      const s = await db.stakeholder.findUniqueOrThrow({
        where: { id: need(t, "stakeholderId") },
        include: { issues: true },
      });
      return {
        id: s.id,
        version: s.version,
        name: s.name,
        organisation: s.organisation,
        type: s.type,
        power: s.power,
        interest: s.interest,
        stance: s.stance,
        notes: `Catatan ${mark}`,
        issueIds: s.issues.map((i) => i.issueId),
      };
    },
    state: (t) =>
      db.stakeholder.findUniqueOrThrow({ where: { id: need(t, "stakeholderId") }, include: { issues: true } }),
  },
  "lib/stakeholders/actions.ts#createExpertAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      name: `Pakar ${mark}`,
      discipline: "Teknik sipil",
      institution: "Universitas Uji",
      email: "pakar@contoh.ac.id",
    }),
    state: (t) => db.expertContact.count({ where: { regencyId: R(t) } }),
  },
  "lib/stakeholders/actions.ts#updateExpertAction": {
    form: async (t) => {
      const e = await db.expertContact.findUniqueOrThrow({
        where: { id: need(t, "expertId") },
        include: { issues: true },
      });
      return {
        id: e.id,
        version: e.version,
        name: e.name,
        discipline: e.discipline,
        institution: e.institution,
        expertise: `Keahlian (${mark})`,
        phone: e.phone,
        email: e.email,
        issueIds: e.issues.map((i) => i.issueId),
      };
    },
    state: (t) => db.expertContact.findUniqueOrThrow({ where: { id: need(t, "expertId") }, include: { issues: true } }),
  },

  // --- culture surveys ---
  "lib/culture/surveys/actions.ts#createSurveyAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      agencyId: need(t, "agencyId"),
      period: 2026,
      title: `Survei ${mark}`,
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
    }),
    state: (t) => db.cultureSurvey.count({ where: { regencyId: R(t) } }),
  },
  "lib/culture/surveys/actions.ts#updateSurveyDatesAction": {
    form: async (t) => {
      const s = await surveyRow(t);
      return { surveyId: s.id, version: s.version, opensOn: ymd(s.opensAt), closesOn: "2099-12-30" };
    },
    state: surveyRow,
  },
  "lib/culture/surveys/actions.ts#closeSurveyAction": {
    form: async (t) => ({ surveyId: need(t, "surveyId"), version: (await surveyRow(t)).version }),
    state: surveyRow,
  },
  // --- live workshops ---
  "lib/workshops/actions.ts#createWorkshopAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      regencyId: R(t),
      title: `Lokakarya ${mark}`,
      startsAt: "2026-12-20T09:00",
      agenda: "09:00 Pembukaan",
    }),
    state: (t) => db.workshop.count({ where: { regencyId: R(t) } }),
  },
  "lib/workshops/actions.ts#updateWorkshopAction": {
    form: async (t) => {
      const w = await workshopRow(t);
      return {
        workshopId: w.id,
        version: w.version,
        title: w.title,
        description: `Deskripsi (${mark})`,
        venue: w.venue,
        startsAt: w.startsAt.toISOString(),
        askIdentity: w.askIdentity ? "on" : undefined,
        agenda: lines(w.agenda, (a) => `${a.time} ${a.title}`.trim()),
        materials: lines(w.materials, (m) => (m.url ? `${m.title} | ${m.url}` : m.title)),
      };
    },
    state: workshopRow,
  },
  "lib/workshops/actions.ts#setWorkshopLockedAction": {
    form: async (t) => ({
      workshopId: need(t, "workshopId"),
      locked: (await workshopRow(t)).locked ? "false" : "true",
    }),
    state: workshopRow,
  },
  "lib/workshops/actions.ts#createActivityAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      workshopId: need(t, "workshopId"),
      kind: "poll_single",
      title: `Jajak ${mark}`,
      prompt: "Pilih satu",
      options: "Ya\nTidak",
    }),
    state: workshopRow,
  },
  "lib/workshops/actions.ts#updateActivityAction": {
    form: async (t) => {
      const a = await activityRow(t);
      return {
        activityId: a.id,
        version: a.version,
        kind: a.kind,
        title: a.title,
        prompt: `Pertanyaan (${mark})`,
        options: ((a.options ?? []) as string[]).join("\n"),
        scaleMin: a.scaleMin,
        scaleMax: a.scaleMax,
        allowChange: a.allowChange ? "on" : undefined,
        moderated: a.moderated ? "on" : undefined,
      };
    },
    state: activityRow,
  },
  "lib/workshops/actions.ts#moveActivityAction": {
    form: async (t) => ({ activityId: need(t, "activityId"), direction: "up" }),
    state: (t) =>
      db.workshopActivity.findMany({ where: { workshopId: need(t, "workshopId") }, orderBy: { id: "asc" } }),
  },
  "lib/workshops/actions.ts#deleteActivityAction": {
    form: async (t) => ({
      activityId: need(t, "templateId"),
      version: (await db.workshopActivity.findUniqueOrThrow({ where: { id: need(t, "templateId") } })).version,
    }),
    state: (t) => db.workshopActivity.findUnique({ where: { id: need(t, "templateId") } }),
  },
  "lib/workshops/actions.ts#saveTemplateAction": {
    form: async (t) => ({ activityId: need(t, "activityId") }),
    state: (t) => db.workshopActivity.count({ where: { regencyId: R(t), isTemplate: true } }),
  },
  "lib/workshops/actions.ts#useTemplateAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      workshopId: need(t, "workshopId"),
      templateId: need(t, "templateId"),
    }),
    state: workshopRow,
  },
  "lib/workshops/actions.ts#setActivityStateAction": {
    form: async (t) => ({
      activityId: need(t, "activityId"),
      state: (await activityRow(t)).state === "closed" ? "open" : "closed",
    }),
    state: activityRow,
  },
  "lib/workshops/actions.ts#setResultsVisibleAction": {
    form: async (t) => ({
      activityId: need(t, "activityId"),
      visible: (await activityRow(t)).resultsVisible ? "false" : "true",
    }),
    state: activityRow,
  },
  // workshop tools: the countdown, the quiz leaderboard, a ranking's verdict on issues
  "lib/workshops/tool-actions.ts#startTimerAction": {
    form: async (t) => ({ activityId: need(t, "activityId"), preset: "60" }),
    state: activityRow,
  },
  "lib/workshops/tool-actions.ts#stopTimerAction": {
    form: async (t) => ({ activityId: need(t, "activityId") }),
    state: activityRow,
    audited: false,
  },
  "lib/workshops/tool-actions.ts#setLeaderboardAction": {
    form: async (t) => ({
      workshopId: need(t, "workshopId"),
      shown: (await workshopRow(t)).quizLeaderboard ? "false" : "true",
    }),
    state: workshopRow,
  },
  "lib/workshops/tool-actions.ts#applyVerdictAction": {
    form: async (t) => ({ activityId: need(t, "activityId") }),
    state: async (t) => ({
      activity: await activityRow(t),
      verdicts: await db.issueWorkshopVerdict.count({ where: { activityId: need(t, "activityId") } }),
    }),
  },
  "lib/workshops/actions.ts#moderateEntryAction": {
    form: async (t) => ({ entryId: need(t, "entryId"), op: "hide" }),
    state: entryRow,
  },
  "lib/workshops/actions.ts#removeParticipantEntriesAction": {
    form: async (t) => ({ participantId: need(t, "participantId") }),
    state: (t) =>
      db.workshopEntry.findMany({ where: { participantId: need(t, "participantId") }, orderBy: { id: "asc" } }),
  },
  "lib/workshops/actions.ts#entryToIssueAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      entryId: need(t, "entryId"),
      title: `Isu dari lokakarya ${mark}`,
      category: "governance",
    }),
    state: async (t) => [await entryRow(t), await issueCount(t)],
  },
  "lib/workshops/actions.ts#entriesToPotentialsAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      activityId: need(t, "activityId"),
      "entryIds[]": [need(t, "entryId")],
      sector: "Pariwisata",
    }),
    state: async (t) => [await entryRow(t), await db.regionalPotential.count({ where: { regencyId: R(t) } })],
  },
  "lib/workshops/actions.ts#addSessionAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      workshopId: need(t, "workshopId"),
      date: "2027-01-05",
      startTime: "09:00",
      endTime: "12:00",
      venue: `Aula ${mark}`,
    }),
    state: (t) => db.workshopSession.count({ where: { workshopId: need(t, "workshopId") } }),
  },
  "lib/workshops/actions.ts#startSessionAction": {
    form: async (t) => ({ sessionId: need(t, "sessionId") }),
    state: (t) => db.workshopSession.findUniqueOrThrow({ where: { id: need(t, "sessionId") } }),
  },
  "lib/workshops/actions.ts#endSessionAction": {
    form: async (t) => ({ sessionId: need(t, "sessionId") }),
    state: (t) => db.workshopSession.findUniqueOrThrow({ where: { id: need(t, "sessionId") } }),
  },
  "lib/workshops/actions.ts#deleteSessionAction": {
    form: async (t) => ({ sessionId: need(t, "sessionId") }),
    state: (t) => db.workshopSession.findUnique({ where: { id: need(t, "sessionId") } }),
  },
  "lib/workshops/follow-ups/actions.ts#createFollowUpAction": {
    form: async (t) => ({
      idempotencyKey: uuid(),
      entryId: need(t, "entryId"),
      issueId: need(t, "issueId"),
      text: `Tindak lanjut ${mark}`,
      ownerPositionId: need(t, "positionId"),
      dueDate: "2027-02-28",
    }),
    state: async (t) => [await entryRow(t), await db.followUp.count({ where: { issueId: need(t, "issueId") } })],
  },
  "lib/workshops/follow-ups/actions.ts#setFollowUpStatusAction": {
    form: async (t) => ({
      followUpId: need(t, "followUpId"),
      status: "in_progress",
      version: (await db.followUp.findUniqueOrThrow({ where: { id: need(t, "followUpId") } })).version,
    }),
    state: (t) => db.followUp.findUniqueOrThrow({ where: { id: need(t, "followUpId") } }),
  },

  // --- notifications (another user's, of the other regency) ---
  "lib/notifications/actions.ts#markNotificationReadAction": {
    form: async (t) => ({ id: need(t, "notificationId") }),
    state: (t) => db.notification.findUniqueOrThrow({ where: { id: need(t, "notificationId") } }),
    audited: false,
  },
  "lib/regencies/actions.ts#setRegencyLogoAction": {
    form: async (t) => ({ regencyId: R(t), version: (await regencyRow(t)).version, file: png() }),
    state: regencyRow,
  },
  "lib/regencies/actions.ts#removeRegencyLogoAction": {
    form: async (t) => ({ regencyId: R(t), version: (await regencyRow(t)).version }),
    state: regencyRow,
  },
  ...importFixtures(),
  "lib/notifications/actions.ts#saveWhatsAppGatewayAction": {
    form: async (t) => ({ regencyId: R(t), url: "http://127.0.0.1:9/send", token: `t-${mark}`, template: "{{text}}" }),
    state: (t) => db.whatsAppGateway.findUnique({ where: { regencyId: R(t) } }),
  },
};

/** The bulk imports (lib/imports): a preview reads and saves nothing; a confirm saves every row, audited. */
function importFixtures(): Record<string, Fixture> {
  const sheets = {
    Issues: () => `Kategori;Judul;Urgensi;Dampak\nInfrastruktur;Jalan poros ${mark} ${uuid()};5;4`,
    Stakeholders: () => `Nama;Organisasi;Jenis;Pengaruh;Kepentingan\nAhmad ${uuid()};Forum Nelayan;Masyarakat;3;5`,
    Media: () =>
      `publishedOn;outlet;mediaType;headline;url;sentiment\n03/12/2026;Radar Tasik;online;${mark} ${uuid()};https://radar.example/berita;positif`,
    Experts: () => `name;discipline\nDr. Uji ${uuid()};Hidrologi`,
  };
  const counts = {
    Issues: (t: Targets) => db.issue.count({ where: { regencyId: R(t) } }),
    Stakeholders: (t: Targets) => db.stakeholder.count({ where: { regencyId: R(t) } }),
    Media: (t: Targets) => db.mediaCoverage.count({ where: { regencyId: R(t) } }),
    Experts: (t: Targets) => db.expertContact.count({ where: { regencyId: R(t) } }),
  };
  const out: Record<string, Fixture> = {};
  for (const name of ["Issues", "Stakeholders", "Media", "Experts"] as const) {
    const kind = name.toLowerCase();
    out[`lib/imports/actions.ts#preview${name}ImportAction`] = {
      form: async (t) => ({ kind, regencyId: R(t), text: sheets[name]() }),
      state: counts[name],
      audited: false,
    };
    out[`lib/imports/actions.ts#confirm${name}ImportAction`] = {
      form: async (t) => ({
        idempotencyKey: uuid(),
        kind,
        regencyId: R(t),
        source: "uji.csv",
        payload: JSON.stringify(parseDelimited(sheets[name]())),
      }),
      state: counts[name],
    };
  }
  return out;
}

/** Actions that take no regency's data, each with the reason. */
export const EXEMPT: Record<string, string> = {
  "lib/auth/actions.ts#loginAction": "public sign-in: checks credentials, reads no regency's records",
  "lib/auth/actions.ts#setLanguageAction": "sets the caller's language cookie only",
  "lib/auth/actions.ts#logoutAction": "ends the caller's own session",
  "lib/auth/actions.ts#switchRegencyAction":
    "raw action (no form state); its refusal of another regency is tested on its own below",
  "lib/users/actions.ts#changeOwnPasswordAction": "changes the caller's own password",
  "lib/users/actions.ts#updateOwnNipAction": "changes the caller's own NIP (civil-servant number)",
  "lib/auth/actions.ts#secondFactorSignInAction":
    "public sign-in step two: checks a code for the caller's own challenge",
  "lib/auth/actions.ts#confirmTotpAction": "enrols the caller's own second factor",
  "lib/auth/actions.ts#disableSecondFactorAction": "turns off the caller's own second factor",
  "lib/auth/actions.ts#confirmIdentityAction": "re-authenticates the caller's own session",
  "lib/auth/actions.ts#endSessionAction": "ends one of the caller's own sessions",
  "lib/auth/actions.ts#endOtherSessionsAction": "ends the caller's own other sessions",
  "lib/users/actions.ts#resetSecondFactorAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/users/actions.ts#createUserAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/users/actions.ts#setUserDisabledAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/users/actions.ts#resetPasswordAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/users/actions.ts#setMembershipAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/users/actions.ts#removeMembershipAction":
    "admin only (user management): no regency role passes the gate (authz-matrix)",
  "lib/regencies/actions.ts#importRegenciesAction":
    "admin only (national regency import): no regency role passes the gate (authz-matrix)",
  "lib/notifications/actions.ts#markAllNotificationsReadAction":
    "takes no input: marks only the caller's own notifications",
  "lib/notifications/actions.ts#updateChannelsAction": "the caller's own notification channels only",
  "lib/notifications/actions.ts#requestPhoneCodeAction":
    "the caller's own number, through a gateway of the caller's own regencies",
  "lib/notifications/actions.ts#confirmPhoneCodeAction": "the caller's own pending number only",
  "lib/notifications/actions.ts#removePhoneAction": "the caller's own number only",
};
