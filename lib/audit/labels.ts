import type { Translate } from "@/lib/i18n/translate";

/**
 * How an audited field is named to a reader: the label its form shows (messages of the record's
 * domain), else the audit log's own label (audit.fields.<field>, for what no form asks, such as a
 * session count or an attached file's name).
 */
const FORM_LABELS: Record<string, Record<string, string>> = {
  issue: {
    number: "issues.fields.number",
    title: "issues.fields.title",
    description: "issues.fields.description",
    category: "issues.fields.category",
    stage: "issues.fields.stage",
    lifecycle: "issues.fields.lifecycle",
    triage: "issues.fields.triage",
    impact: "issues.fields.impact",
    urgency: "issues.fields.urgency",
    agencyId: "issues.fields.agencyId",
    ownerPositionId: "issues.fields.ownerPositionId",
    supportingPositionIds: "issues.fields.supportingPositionIds",
    dueDate: "issues.fields.dueDate",
    reviewCadenceDays: "issues.fields.reviewCadenceDays",
    programs: "issues.fields.programs",
    tags: "issues.fields.tags",
    isPublic: "issues.fields.isPublic",
    percentDone: "issues.fields.percentDone",
    evaluationNote: "issues.fields.evaluationNote",
    triageReason: "issues.fields.triageReason",
    mergedIntoId: "issues.fields.mergedIntoId",
    closedAt: "issues.fields.closedAt",
    lastOwnerUpdateAt: "issues.fields.lastOwnerUpdateAt",
    source: "issues.fields.source",
  },
  iso_nonconformity: {
    title: "iso.nc.titleField",
    description: "iso.nc.descriptionField",
    requirement: "iso.nc.requirement",
    evidence: "iso.nc.evidence",
    severity: "iso.nc.severity",
    correction: "iso.nc.correction",
    rootCause: "iso.nc.rootCause",
    source: "iso.nc.source",
    agencyId: "iso.nc.agency",
    status: "iso.nc.status",
  },
  iso_audit: {
    title: "iso.audit.titleField",
    scope: "iso.audit.scope",
    criteria: "iso.audit.criteria",
    programYear: "iso.audit.programYear",
    auditedAgencyId: "iso.audit.auditedAgency",
    leadAuditorId: "iso.audit.leadAuditor",
    startDate: "iso.audit.startDate",
    endDate: "iso.audit.endDate",
    status: "iso.audit.status",
    kind: "iso.audit.kind",
    clause: "iso.audit.clause",
    statement: "iso.audit.statement",
  },
  iso_assessment: {
    period: "iso.assessment.period",
    assessorId: "iso.assessment.assessor",
    verifierId: "iso.assessment.verifier",
    status: "iso.assessment.status",
  },
  iso_document: {
    number: "iso.doc.number",
    title: "iso.doc.titleField",
    type: "iso.doc.type",
    ownerAgencyId: "iso.doc.ownerAgency",
    content: "iso.doc.content",
    changeSummary: "iso.doc.changeSummary",
    reviewDueDate: "iso.doc.reviewDue",
  },
  iso_objective: {
    title: "iso.objective.titleField",
    indicator: "iso.objective.indicator",
    unit: "iso.objective.unit",
    baseline: "iso.objective.baseline",
    target: "iso.objective.target",
    direction: "iso.objective.direction",
    ownerPositionId: "iso.objective.owner",
    dueDate: "iso.objective.dueDate",
    period: "iso.objective.period",
    value: "iso.objective.value",
    note: "iso.objective.note",
  },
  iso_risk: {
    kind: "iso.risk.kind",
    title: "iso.risk.titleField",
    context: "iso.risk.context",
    likelihood: "iso.risk.likelihood",
    impact: "iso.risk.impact",
    treatment: "iso.risk.treatment",
    action: "iso.risk.action",
    ownerPositionId: "iso.risk.owner",
    reviewDate: "iso.risk.reviewDate",
  },
  iso_change: {
    title: "iso.change.titleField",
    purpose: "iso.change.purpose",
    consequences: "iso.change.consequences",
    resources: "iso.change.resources",
    ownerPositionId: "iso.change.owner",
    issueId: "iso.change.issue",
    phase: "iso.change.phase",
    cycle: "iso.change.cycle",
    planObjective: "iso.change.planObjective",
    planScope: "iso.change.planScope",
    planRisks: "iso.change.planRisks",
    doActivities: "iso.change.doActivities",
    checkResults: "iso.change.checkResults",
    decision: "iso.change.decision",
  },
  iso_management_review: {
    title: "iso.review.titleField",
    meetingDate: "iso.review.meetingDate",
    chairPositionId: "iso.review.chair",
    attendees: "iso.review.attendees",
    decisions: "iso.review.decisions",
  },
  publication: {
    kind: "publications.fields.kind",
    title: "publications.fields.title",
    summary: "publications.fields.summary",
    body: "publications.fields.body",
    internalNote: "publications.fields.internalNote",
    issueIds: "publications.fields.issues",
    publishAt: "publications.fields.publishAt",
    correctionNote: "publications.fields.correctionNote",
    status: "publications.fields.status",
  },
  media_coverage: {
    outlet: "media.fields.outlet",
    mediaType: "media.fields.mediaType",
    url: "media.fields.url",
    publishedOn: "media.fields.publishedOn",
    headline: "media.fields.headline",
    sentiment: "media.fields.sentiment",
    reach: "media.fields.reach",
    notes: "media.fields.notes",
    issueIds: "media.fields.issues",
  },
  stakeholder: {
    name: "stakeholders.fields.name",
    organisation: "stakeholders.fields.organisation",
    type: "stakeholders.fields.type",
    power: "stakeholders.fields.power",
    interest: "stakeholders.fields.interest",
    stance: "stakeholders.fields.stance",
    notes: "stakeholders.fields.notes",
    issueIds: "stakeholders.fields.issues",
  },
  expert_contact: {
    name: "stakeholders.network.fields.name",
    discipline: "stakeholders.network.fields.discipline",
    institution: "stakeholders.network.fields.institution",
    expertise: "stakeholders.network.fields.expertise",
    phone: "stakeholders.network.fields.phone",
    email: "stakeholders.network.fields.email",
    issueIds: "stakeholders.network.fields.issues",
  },
  workshop: {
    title: "workshops.fields.title",
    startsAt: "workshops.fields.startsAt",
    venue: "workshops.fields.venue",
    description: "workshops.fields.description",
    agenda: "workshops.fields.agenda",
    materials: "workshops.fields.materials",
    askIdentity: "workshops.fields.askIdentity",
  },
  workshop_session: { startsAt: "workshops.fields.startsAt", venue: "workshops.fields.venue" },
  agency: { name: "agencies.fields.name", shortName: "agencies.fields.shortName", kind: "agencies.fields.kind" },
  position: {
    title: "leadership.fields.title",
    kind: "leadership.fields.kind",
    agencyId: "leadership.fields.agency",
    personName: "leadership.fields.personName",
    startDate: "leadership.fields.startDate",
    endDate: "leadership.fields.endDate",
    appointment: "leadership.fields.appointment",
  },
  position_term: {
    personName: "leadership.fields.personName",
    startDate: "leadership.fields.startDate",
    endDate: "leadership.fields.endDate",
    appointment: "leadership.fields.appointment",
  },
  regency: {
    name: "regencies.fields.name",
    code: "regencies.fields.code",
    capital: "regencies.fields.capital",
    areaKm2: "regencies.fields.areaKm2",
    population: "regencies.fields.population",
    districts: "regencies.fields.districts",
    status: "regencies.fields.status",
    formationLaw: "regencies.fields.formationLaw",
    formationDate: "regencies.fields.formationDate",
  },
};

/** Fields whose values are codes with a label of their own: field → message prefix. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  issue: {
    stage: "issues.stages",
    lifecycle: "issues.lifecycles",
    triage: "issues.triageStates",
    category: "issues.categories",
    source: "issues.sources",
  },
  iso_nonconformity: { status: "iso.status.nc", severity: "iso.severity", source: "iso.source" },
  iso_assessment: { status: "iso.status.assessment" },
  iso_audit: { status: "iso.status.audit", kind: "iso.findingKind" },
  iso_document: {
    status: "iso.status.doc",
    type: "iso.docType",
    fromStatus: "iso.status.doc",
    toStatus: "iso.status.doc",
  },
  iso_change: { phase: "iso.status.change" },
  iso_management_review: { status: "iso.status.review" },
  iso_risk: { kind: "iso.risk.kinds", treatment: "iso.risk.treatments" },
  publication: { status: "publications.statuses", kind: "publications.kinds" },
  media_coverage: { sentiment: "media.sentiments", mediaType: "media.mediaTypes" },
  stakeholder: { type: "stakeholders.types", stance: "stakeholders.stances" },
  agency: { kind: "agencies.kinds" },
  position: { kind: "leadership.kinds", appointment: "leadership.appointmentKinds" },
  position_term: { appointment: "leadership.appointmentKinds" },
  user: { role: "roles" },
  workshop_activity: { kind: "workshops.kinds", state: "workshops.states" },
  workshop_session: { status: "workshops.sessions.status" },
  follow_up: { status: "workshops.followUps.status" },
  regency: { status: "regencies.status" },
};

function found(t: Translate, key: string): string | null {
  const text = t(key);
  return text === key ? null : text;
}

/** "Tahap" for issue.stage; the audit log's own label for a field no form names; never null. */
export function fieldLabel(t: Translate, recordType: string, field: string): string {
  const formKey = FORM_LABELS[recordType]?.[field];
  return (formKey && found(t, formKey)) ?? found(t, `audit.fields.${field}`) ?? humanise(field);
}

/** The label of a coded value ("action" → "Aksi"), or null when the field holds no code. */
export function valueLabel(t: Translate, recordType: string, field: string, value: string): string | null {
  const prefix = VALUE_LABELS[recordType]?.[field];
  return prefix ? found(t, `${prefix}.${value}`) : null;
}

/** A last resort that still reads as words: "lastOwnerUpdateAt" → "last owner update at". */
function humanise(field: string): string {
  return field
    .replace(/Ids?$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
}

/** Every field the form-label table names, per record type (for the test). */
export const LABELLED_FIELDS = Object.fromEntries(Object.entries(FORM_LABELS).map(([k, v]) => [k, Object.keys(v)]));
