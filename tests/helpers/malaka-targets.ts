// Records of one regency that the cross-regency authorization test aims its calls at.
// Kabupaten Malaka's come from the demo seed (looked up by stable keys) and, where the seed has
// none of a kind, are created once through the domain's own mutations as Malaka's coordinator.
// The Pangandaran set is created fresh by Pangandaran's coordinator, so a test may change it
// without disturbing the seed values other test files rely on.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createAgency } from "@/lib/agencies/mutations";
import { createReplyTemplate } from "@/lib/aspirations/settings-mutations";
import { submitAspiration } from "@/lib/aspirations/submit";
import { createAgencySchema } from "@/lib/agencies/schemas";
import { createSurvey } from "@/lib/culture/surveys/mutations";
import { createSurveySchema } from "@/lib/culture/surveys/schemas";
import { addFinding, createAudit } from "@/lib/iso/audits/mutations";
import { createAuditSchema } from "@/lib/iso/audits/schemas";
import { createAssessment } from "@/lib/iso/assessments/mutations";
import { createChange, savePhaseNotes } from "@/lib/iso/changes/mutations";
import { createChangeSchema, savePhaseNotesSchema } from "@/lib/iso/changes/schemas";
import { createDocument } from "@/lib/iso/documents/mutations";
import { createDocumentSchema } from "@/lib/iso/documents/schemas";
import { addCorrectiveAction, createNonconformity } from "@/lib/iso/nonconformities/mutations";
import { addCorrectiveActionSchema, createNonconformitySchema } from "@/lib/iso/nonconformities/schemas";
import { createObjective } from "@/lib/iso/objectives/mutations";
import { createObjectiveSchema } from "@/lib/iso/objectives/schemas";
import { addReviewAction, createReview, updateReview } from "@/lib/iso/reviews/mutations";
import { addReviewActionSchema, createReviewSchema } from "@/lib/iso/reviews/schemas";
import { createRisk } from "@/lib/iso/risks/mutations";
import { createRiskSchema } from "@/lib/iso/risks/schemas";
import { createIssue } from "@/lib/issues/mutations";
import { createIssueSchema } from "@/lib/issues/schemas";
import { appointHolder, createPosition } from "@/lib/leadership/mutations";
import { appointHolderSchema, createPositionSchema } from "@/lib/leadership/schemas";
import { createCoverage } from "@/lib/media/mutations";
import { createCoverageSchema } from "@/lib/media/schemas";
import { notify } from "@/lib/notifications/notify";
import { createPublication } from "@/lib/publications/mutations";
import { addNarrativeMessage } from "@/lib/publications/narrative";
import { createPublicationSchema } from "@/lib/publications/schemas";
import { createMilestone, createPotential } from "@/lib/regencies/mutations";
import { createMilestoneSchema, createPotentialSchema } from "@/lib/regencies/schemas";
import { createExpert, createStakeholder } from "@/lib/stakeholders/mutations";
import { createExpertSchema, createStakeholderSchema } from "@/lib/stakeholders/schemas";
import { createActivity, createWorkshop, saveActivityAsTemplate, setActivityState } from "@/lib/workshops/mutations";
import { findWorkshopByCode, joinWorkshop, submitEntry } from "@/lib/workshops/participant/participant";
import { createActivitySchema, createWorkshopSchema } from "@/lib/workshops/schemas";

export const TARGET_KEYS = [
  "regencyId",
  "agencyId",
  "memberUserId",
  "positionId",
  "coordinatorKindPositionId",
  "termId",
  "issueId",
  "pendingIssueId",
  "milestoneId",
  "obligationId",
  "potentialId",
  "assessmentId",
  "ratingId",
  "auditId",
  "findingId",
  "changeId",
  "documentId",
  "documentVersionId",
  "nonconformityId",
  "correctiveActionId",
  "objectiveId",
  "reviewId",
  "reviewActionId",
  "riskId",
  "publicationId",
  "narrativeId",
  "coverageId",
  "stakeholderId",
  "expertId",
  "workshopId",
  "activityId",
  "templateId",
  "entryId",
  "participantId",
  "sessionId",
  "followUpId",
  "notificationId",
  "surveyId",
  "aspirationId",
  "replyTemplateId",
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];
/** Ids of one regency's records, by kind. A set may lack kinds (see need()). */
export type Targets = Partial<Record<TargetKey, string>>;

export class MissingTarget extends Error {}

/** The id of a kind of record in this set, or MissingTarget when the set has none. */
export function need(t: Targets, key: TargetKey): string {
  const id = t[key];
  if (!id) throw new MissingTarget(key);
  return id;
}

const key = () => randomUUID();
const today = () => new Date().toISOString().slice(0, 10);

/** ISO records every test set needs, created by `actor` in their regency (plan complete, decisions written). */
async function isoRecords(actor: Actor, t: Targets, label: string): Promise<void> {
  const regencyId = need(t, "regencyId");
  t.changeId = (
    await createChange(
      actor,
      createChangeSchema.parse({
        idempotencyKey: key(),
        regencyId,
        title: `Perubahan uji ${label}`,
        purpose: "Menguji batas akses antarkabupaten pada inisiatif perubahan.",
      }),
    )
  ).id;
  await savePhaseNotes(
    actor,
    savePhaseNotesSchema.parse({
      id: t.changeId,
      version: 1,
      planObjective: "Sasaran siklus uji",
      planScope: "Satu OPD",
    }),
  );
  const doc = await createDocument(
    actor,
    createDocumentSchema.parse({
      idempotencyKey: key(),
      regencyId,
      number: `SOP-UJI-${label.toUpperCase()}-${Date.now()}`,
      title: `SOP uji ${label}`,
      type: "procedure",
      content: "## Langkah\n1. Uji.",
    }),
  );
  t.documentId = doc.id;
  t.documentVersionId = (
    await db.isoDocumentVersion.findFirstOrThrow({ where: { documentId: doc.id }, select: { id: true } })
  ).id;
  t.objectiveId = (
    await createObjective(
      actor,
      createObjectiveSchema.parse({
        idempotencyKey: key(),
        regencyId,
        title: `Sasaran mutu uji ${label}`,
        indicator: "Persentase layanan tepat waktu",
        unit: "%",
        baseline: "60",
        target: "80",
        direction: "increase",
      }),
    )
  ).id;
  t.reviewId = (
    await createReview(
      actor,
      createReviewSchema.parse({
        idempotencyKey: key(),
        regencyId,
        title: `Tinjauan manajemen uji ${label}`,
        meetingDate: today(),
      }),
    )
  ).id;
  await updateReview(actor, {
    id: t.reviewId,
    version: 1,
    attendees: "Sekretaris Daerah",
    decisions: "1. Keputusan uji.",
  });
  t.reviewActionId = (
    await addReviewAction(
      actor,
      addReviewActionSchema.parse({
        idempotencyKey: key(),
        reviewId: t.reviewId,
        description: "Tindak lanjut tinjauan uji",
        dueDate: "2027-03-31",
      }),
    )
  ).id;
  t.riskId = (
    await createRisk(
      actor,
      createRiskSchema.parse({
        idempotencyKey: key(),
        regencyId,
        kind: "risk",
        title: `Risiko uji ${label}`,
        likelihood: "2",
        impact: "3",
        treatment: "reduce",
        reviewDate: "2027-06-30",
      }),
    )
  ).id;
  t.notificationId = await notifyOnce(need(t, "memberUserId"), regencyId, label);
}

/** A notification of the regency's coordinator (written as the domains do, inside a transaction). */
async function notifyOnce(userId: string, regencyId: string, label: string): Promise<string> {
  const dedupeKey = `authz-cross-regency:${label}:${randomUUID()}`;
  await db.$transaction((tx) =>
    notify(tx, [userId], {
      kind: "issues.updated",
      regencyId,
      link: "/issues",
      params: { number: 0, title: "Uji", author: "Uji" },
      dedupeKey,
    }),
  );
  return (await db.notification.findFirstOrThrow({ where: { userId, dedupeKey }, select: { id: true } })).id;
}

/** A workshop with an open "open question" activity and one participant's answer in it. */
async function workshopWithEntry(actor: Actor, t: Targets, label: string): Promise<void> {
  const w = await createWorkshop(
    actor,
    createWorkshopSchema.parse({
      idempotencyKey: key(),
      regencyId: need(t, "regencyId"),
      title: `Sesi uji ${label}`,
      startsAt: new Date().toISOString(),
    }),
  );
  const a = await createActivity(
    actor,
    createActivitySchema.parse({
      idempotencyKey: key(),
      workshopId: w.id,
      kind: "open_question",
      title: "Hambatan koordinasi",
      prompt: "Apa hambatannya?",
    }),
  );
  await setActivityState(actor, { activityId: a.id, state: "open" });
  const p = await joinWorkshop((await findWorkshopByCode(w.code))!, randomUUID(), null);
  await submitEntry(p, { activityId: a.id, clientId: randomUUID(), text: "Data isu tersebar di tiap OPD." });
  t.participantId = p.id;
  t.entryId = (await db.workshopEntry.findFirstOrThrow({ where: { participantId: p.id }, select: { id: true } })).id;
  // its first session (scheduled from the workshop's start), and a follow-up on the set's issue
  t.sessionId = (await db.workshopSession.findFirstOrThrow({ where: { workshopId: w.id }, select: { id: true } })).id;
  t.followUpId = (
    await db.followUp.create({
      data: {
        regencyId: need(t, "regencyId"),
        issueId: need(t, "issueId"),
        workshopId: w.id,
        text: `Tindak lanjut uji ${label}`,
        ownerPositionId: need(t, "positionId"),
        dueDate: new Date("2027-03-31T00:00:00Z"),
      },
      select: { id: true },
    })
  ).id;
}

/**
 * Kabupaten Malaka's records: seed rows by stable keys, plus what the seed lacks (a finding,
 * a corrective action, a change, a document, an objective, a review with an action, a risk, a
 * narrative message, an activity template, a participant's answer, a notification), created by
 * Malaka's coordinator through the domains' mutations.
 */
export async function malakaTargets(malaka: Actor): Promise<Targets> {
  const regencyId = (await db.regency.findUniqueOrThrow({ where: { slug: "malaka" }, select: { id: true } })).id;
  const position = async (title: string) =>
    (await db.position.findFirstOrThrow({ where: { regencyId, title }, select: { id: true } })).id;
  const issue = async (prefix: string) =>
    (await db.issue.findFirstOrThrow({ where: { regencyId, title: { startsWith: prefix } }, select: { id: true } })).id;
  const t: Targets = {
    regencyId,
    agencyId: (await db.agency.findFirstOrThrow({ where: { regencyId, shortName: "BKAD" }, select: { id: true } })).id,
    memberUserId: malaka.id,
    positionId: await position("Kepala Bappeda"),
    coordinatorKindPositionId: await position("Wakil Bupati"),
    termId: (
      await db.positionTerm.findFirstOrThrow({
        where: { position: { regencyId, title: "Sekretaris Daerah" }, endDate: null },
        select: { id: true },
      })
    ).id,
    issueId: await issue("Banjir tahunan Sungai Benanain"),
    pendingIssueId: await issue("Perbatasan negara dengan Timor-Leste"),
    milestoneId: (
      await db.regencyMilestone.findFirstOrThrow({
        where: { regencyId, title: "Penetapan lokasi pusat pemerintahan di Betun" },
        select: { id: true },
      })
    ).id,
    obligationId: (
      await db.ministryObligation.findFirstOrThrow({
        where: { regencyId, title: { startsWith: "Pembangunan kantor bupati" } },
        select: { id: true },
      })
    ).id,
    potentialId: (
      await db.regionalPotential.findFirstOrThrow({
        where: { regencyId, title: { startsWith: "Lahan sawah dan jagung" } },
        select: { id: true },
      })
    ).id,
    assessmentId: (
      await db.isoAssessment.findUniqueOrThrow({
        where: { regencyId_period: { regencyId, period: "2025" } },
        select: { id: true },
      })
    ).id,
    auditId: (
      await db.isoAudit.findFirstOrThrow({
        where: { regencyId, title: "Audit internal pengelolaan aset P3D" },
        select: { id: true },
      })
    ).id,
    nonconformityId: (
      await db.isoNonconformity.findUniqueOrThrow({
        where: { regencyId_number: { regencyId, number: 1 } },
        select: { id: true },
      })
    ).id,
    publicationId: (
      await db.publication.findUniqueOrThrow({
        where: { regencyId_slug: { regencyId, slug: "penanganan-banjir-sungai-benanain" } },
        select: { id: true },
      })
    ).id,
    coverageId: (
      await db.mediaCoverage.findFirstOrThrow({ where: { regencyId, outlet: "Pos Kupang" }, select: { id: true } })
    ).id,
    stakeholderId: (
      await db.stakeholder.findFirstOrThrow({
        where: { regencyId, name: "Tokoh adat Suku Tetun" },
        select: { id: true },
      })
    ).id,
    expertId: (
      await db.expertContact.findFirstOrThrow({ where: { regencyId, name: "Yuliana Bere" }, select: { id: true } })
    ).id,
    workshopId: (await db.workshop.findUniqueOrThrow({ where: { code: "HMSMLK" }, select: { id: true } })).id,
  };
  t.activityId = (
    await db.workshopActivity.findFirstOrThrow({
      where: { workshopId: t.workshopId, title: "Citra Malaka dalam satu kata" },
      select: { id: true },
    })
  ).id;
  t.ratingId = (
    await db.isoAssessmentRating.findFirstOrThrow({
      where: { assessmentId: t.assessmentId, rating: "red" },
      select: { id: true },
    })
  ).id;

  // what the seed lacks
  t.findingId = (
    await addFinding(malaka, {
      idempotencyKey: key(),
      auditId: t.auditId!,
      kind: "minor_nc",
      clause: "8.5.3",
      statement: "Kartu inventaris aset P3D belum dimutakhirkan.",
      evidence: "Sampel 10 KIB",
    })
  ).id;
  t.correctiveActionId = (
    await addCorrectiveAction(
      malaka,
      addCorrectiveActionSchema.parse({
        idempotencyKey: key(),
        nonconformityId: t.nonconformityId,
        description: "Rekonsiliasi data luas tanam dengan BPS",
        owner: `position:${await position("Kepala Dinas Pertanian dan Ketahanan Pangan")}`,
        dueDate: "2027-02-28",
      }),
    )
  ).id;
  await isoRecords(malaka, t, "malaka");
  t.narrativeId = (
    await addNarrativeMessage(malaka, {
      idempotencyKey: key(),
      issueId: t.issueId!,
      text: "Penanganan banjir Benanain adalah prioritas bersama.",
    })
  ).id;
  t.templateId = (await saveActivityAsTemplate(malaka, { activityId: t.activityId })).id;
  await workshopWithEntry(malaka, t, "malaka");
  // the seeded survey of Malaka's Dinkes, still open
  t.surveyId = (
    await db.cultureSurvey.findFirstOrThrow({
      where: { regencyId, closesAt: { gt: new Date() } },
      orderBy: { closesAt: "desc" },
      select: { id: true },
    })
  ).id;
  await aspirationRecords(malaka, t, "malaka");
  return t;
}

/** A citizen's aspiration (received) and a reply template of the regency. */
async function aspirationRecords(actor: Actor, t: Targets, slug: string): Promise<void> {
  const { code } = await submitAspiration({
    idempotencyKey: key(),
    regencySlug: slug,
    category: "pengaduan",
    text: `Aspirasi uji lintas kabupaten ${slug} ${Date.now()}`,
    senderName: "Warga Uji",
    senderContact: null,
    senderHash: `uji-${key()}`,
  });
  t.aspirationId = (await db.aspiration.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  t.replyTemplateId = (
    await createReplyTemplate(actor, {
      idempotencyKey: key(),
      regencyId: need(t, "regencyId"),
      title: `Templat uji ${slug} ${Date.now()}`,
      body: "Terima kasih atas laporan Bapak/Ibu.",
    })
  ).id;
}

/** Pangandaran records created now by its coordinator: free to change in a test. */
export async function freshPangandaranTargets(coordinator: Actor): Promise<Targets> {
  const regencyId = (await db.regency.findUniqueOrThrow({ where: { slug: "pangandaran" }, select: { id: true } })).id;
  const stamp = Date.now();
  const t: Targets = { regencyId, memberUserId: coordinator.id };
  t.agencyId = (
    await createAgency(
      coordinator,
      createAgencySchema.parse({
        idempotencyKey: key(),
        regencyId,
        name: `Badan Uji Lintas Kabupaten ${stamp}`,
        kind: "badan",
      }),
    )
  ).id;
  t.positionId = (
    await createPosition(
      coordinator,
      createPositionSchema.parse({ idempotencyKey: key(), regencyId, kind: "other", title: `Staf Ahli Uji ${stamp}` }),
    )
  ).id;
  t.termId = (
    await appointHolder(
      coordinator,
      appointHolderSchema.parse({
        idempotencyKey: key(),
        positionId: t.positionId,
        personName: "Pejabat Uji Lintas",
        appointment: "plt",
        startDate: "2026-01-05",
      }),
    )
  ).termId;
  t.issueId = (
    await createIssue(
      coordinator,
      createIssueSchema.parse({
        idempotencyKey: key(),
        regencyId,
        title: `Isu uji lintas kabupaten ${stamp}`,
        category: "governance",
      }),
    )
  ).id;
  t.pendingIssueId = t.issueId; // a new issue waits in the triage queue
  t.milestoneId = (
    await createMilestone(
      coordinator,
      createMilestoneSchema.parse({
        idempotencyKey: key(),
        regencyId,
        kind: "other",
        title: `Tonggak uji ${stamp}`,
        date: "2026-02-02",
      }),
    )
  ).id;
  t.potentialId = (
    await createPotential(
      coordinator,
      createPotentialSchema.parse({
        idempotencyKey: key(),
        regencyId,
        sector: "Perikanan",
        title: `Potensi uji ${stamp}`,
      }),
    )
  ).id;
  t.assessmentId = (await createAssessment(coordinator, { idempotencyKey: key(), regencyId, period: "2099-S2" })).id;
  t.auditId = (
    await createAudit(
      coordinator,
      createAuditSchema.parse({
        idempotencyKey: key(),
        regencyId,
        programYear: "2027",
        title: `Audit uji ${stamp}`,
        scope: "Ruang lingkup uji",
        criteria: "ISO 9001",
        auditedAgencyId: t.agencyId,
        leadAuditorId: coordinator.id,
        startDate: "2027-01-11",
        endDate: "2027-01-12",
      }),
    )
  ).id;
  t.nonconformityId = (
    await createNonconformity(
      coordinator,
      createNonconformitySchema.parse({
        idempotencyKey: key(),
        regencyId,
        title: `KTS uji ${stamp}`,
        source: "process_monitoring",
        description: "Deskripsi ketidaksesuaian uji.",
        requirement: "SOP uji",
        severity: "minor",
      }),
    )
  ).id;
  await isoRecords(coordinator, t, "pangandaran");
  t.publicationId = (
    await createPublication(
      coordinator,
      createPublicationSchema.parse({
        idempotencyKey: key(),
        regencyId,
        kind: "announcement",
        title: `Pengumuman uji ${stamp}`,
      }),
    )
  ).id;
  t.narrativeId = (
    await addNarrativeMessage(coordinator, {
      idempotencyKey: key(),
      issueId: t.issueId,
      text: "Pesan kunci uji lintas kabupaten.",
    })
  ).id;
  t.coverageId = (
    await createCoverage(
      coordinator,
      createCoverageSchema.parse({
        idempotencyKey: key(),
        regencyId,
        outlet: "Kabar Uji",
        mediaType: "online",
        url: "https://contoh.example/uji",
        publishedOn: today(),
        headline: `Berita uji ${stamp}`,
        sentiment: "netral",
      }),
    )
  ).id;
  t.stakeholderId = (
    await createStakeholder(
      coordinator,
      createStakeholderSchema.parse({
        idempotencyKey: key(),
        regencyId,
        name: `Pemangku uji ${stamp}`,
        type: "community",
        power: "2",
        interest: "3",
        stance: "neutral",
      }),
    )
  ).id;
  t.expertId = (
    await createExpert(
      coordinator,
      createExpertSchema.parse({
        idempotencyKey: key(),
        regencyId,
        name: `Pakar uji ${stamp}`,
        discipline: "Hidrologi",
      }),
    )
  ).id;
  await workshopWithEntry(coordinator, t, "pangandaran");
  t.surveyId = (
    await createSurvey(
      coordinator,
      createSurveySchema.parse({
        idempotencyKey: key(),
        regencyId,
        agencyId: t.agencyId,
        period: 2026,
        title: `Survei budaya uji ${stamp}`,
        opensOn: today(),
        closesOn: "2099-12-31",
      }),
    )
  ).id;
  t.workshopId = (
    await db.workshopParticipant.findUniqueOrThrow({ where: { id: t.participantId! }, select: { workshopId: true } })
  ).workshopId;
  t.activityId = (
    await db.workshopEntry.findUniqueOrThrow({ where: { id: t.entryId! }, select: { activityId: true } })
  ).activityId;
  await aspirationRecords(coordinator, t, "pangandaran");
  return t;
}
