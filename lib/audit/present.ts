// Turns a stored audit event into what an auditor reads: a sentence in their language naming
// who did what to which record (number, title, link), and each changed field with its form's
// label and its old → new value as the screens show it. Pure: the page, the CSV and the printed
// extract all read events through here.
import { DEPLOYMENT_ZONE, formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { isKnownAuditAction } from "./catalog";
import { fieldLabel, valueLabel } from "./labels";
import type { AuditEventRow, ValueRecords } from "./queries";

export type AuditChangeView = { field: string; from: string | null; to: string };
export type AuditEventView = {
  seq: string;
  when: string;
  actor: string;
  /** The sentence around the record: before + record + after. */
  sentence: { before: string; record: string; after: string };
  text: string;
  recordHref: string | null;
  recordType: string;
  regencyName: string | null;
  changes: AuditChangeView[];
  ip: string | null;
};

type Ctx = { t: Translate; locale: Locale; isAdmin: boolean; values: ValueRecords };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.0+)?Z)?$/;
/** Never shown, whatever a mutation put in its diff. */
const SECRET_FIELD = /secret|password|token|hash|sha256/i;
const MARK = "\u0000";

function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function recordTypeLabel(t: Translate, type: string): string {
  const key = `audit.recordTypes.${type}`;
  const label = t(key);
  return label === key ? type : label;
}

/** "ISU-12 «Jalan lingkar…»", "«Rapat tinjauan 2026»", or "(rekaman sudah dihapus)". */
export function recordLabel(t: Translate, e: Pick<AuditEventRow, "entityType" | "ref">): string {
  if (!e.ref) return t("audit.recordDeleted");
  const title = clip(e.ref.title ?? "");
  return e.ref.number ? t("audit.recordQuoted", { number: e.ref.number, title }) : `«${title}»`;
}

/** Where the record is read in the portal; null when it is gone or has no page. */
export function recordHref(e: AuditEventRow, isAdmin: boolean): string | null {
  if (!e.ref) return null;
  const id = encodeURIComponent(e.entityId);
  const slug = e.regencySlug;
  const parent = e.ref.parentId;
  switch (e.entityType) {
    case "issue":
      return `/issues/${id}`;
    case "iso_nonconformity":
      return `/iso/nonconformities/${id}`;
    case "iso_audit":
      return `/iso/audits/${id}`;
    case "iso_assessment":
      return `/iso/assessments/${id}`;
    case "iso_document":
      return `/iso/documents/${id}`;
    case "iso_change":
      return `/iso/changes/${id}`;
    case "iso_management_review":
      return `/iso/reviews/${id}`;
    case "iso_objective":
      return "/iso/objectives";
    case "iso_risk":
      return "/iso/risks";
    case "publication":
      return `/publications/${id}`;
    case "media_coverage":
      return "/publications/media";
    case "stakeholder":
      return "/publications/stakeholders";
    case "expert_contact":
      return "/publications/network";
    case "narrative_message":
      return "/publications/narrative";
    case "workshop":
      return `/workshops/${id}`;
    case "workshop_activity":
      return parent ? `/workshops/${parent}/activities/${id}` : null;
    case "workshop_session":
    case "workshop_entry":
    case "workshop_participant":
      return parent ? `/workshops/${parent}` : null;
    case "follow_up":
      return parent ? `/issues/${parent}` : null;
    case "culture_survey":
      return `/culture/surveys/${id}`;
    case "user":
      return isAdmin ? `/admin/users/${id}` : null;
    case "aspiration":
      return `/aspirations/${id}`;
    case "reply_template":
      return "/aspirations/settings";
  }
  if (!slug) return null;
  switch (e.entityType) {
    case "regency":
      return `/regencies/${slug}`;
    case "regency_milestone":
      return `/regencies/${slug}/milestones`;
    case "ministry_obligation":
      return `/regencies/${slug}/obligations`;
    case "regional_potential":
      return `/regencies/${slug}/potentials`;
    case "agency":
      return `/regencies/${slug}/agencies`;
    case "position":
      return `/regencies/${slug}/leadership`;
    case "position_term":
      return `/regencies/${slug}/leaders/${id}`;
  }
  return null;
}

/**
 * A value as the screens show it: a code by its label, a date in the regency's zone, a yes/no,
 * a record id as the record it names (in the event's own regency; otherwise not shown).
 */
export function formatAuditValue(
  ctx: Ctx,
  e: Pick<AuditEventRow, "entityType" | "regencyId" | "timeZone">,
  field: string,
  value: unknown,
): string {
  const { t, locale } = ctx;
  if (value === null || value === undefined || value === "") return t("audit.value.empty");
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  if (typeof value === "number") return formatNumber(value, locale, 2);
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => formatAuditValue(ctx, e, field, v)).join(", ") : t("audit.value.empty");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_FIELD.test(k))
      .map(([k, v]) => `${fieldLabel(t, e.entityType, k)}: ${formatAuditValue(ctx, e, k, v)}`)
      .join("; ");
  }
  const s = String(value);
  if (UUID_RE.test(s)) {
    const rec = ctx.values[s.toLowerCase()];
    if (!rec || (rec.regencyId !== null && rec.regencyId !== e.regencyId)) return t("audit.value.otherRecord");
    const title = clip(rec.title);
    return rec.number ? t("audit.recordQuoted", { number: rec.number, title }) : title;
  }
  if (DAY_RE.test(s)) return formatDate(`${s.slice(0, 10)}T00:00:00Z`, locale, "UTC");
  if (INSTANT_RE.test(s)) return formatDateTime(s, locale, e.timeZone ?? DEPLOYMENT_ZONE);
  const coded = valueLabel(t, e.entityType, field, s);
  if (coded) return coded;
  return s.length > 300 ? `${s.slice(0, 300)}${t("audit.value.more", { count: s.length - 300 })}` : s;
}

function isPair(v: unknown): v is [unknown, unknown] {
  return Array.isArray(v) && v.length === 2;
}

export function presentChanges(ctx: Ctx, e: AuditEventRow): AuditChangeView[] {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  return (
    Object.entries(e.changes ?? {})
      .filter(([field]) => !SECRET_FIELD.test(field))
      // a created record's empty fields: nothing happened to them
      .filter(([, v]) => !(isPair(v) && blank(v[0]) && blank(v[1])))
      .map(([field, v]) => {
        const label = fieldLabel(ctx.t, e.entityType, field);
        if (!isPair(v)) return { field: label, from: null, to: formatAuditValue(ctx, e, field, v) };
        const [a, b] = v;
        return {
          field: label,
          from: a === null || a === undefined ? null : formatAuditValue(ctx, e, field, a),
          to: formatAuditValue(ctx, e, field, b),
        };
      })
  );
}

export function presentAuditEvent(ctx: Ctx, e: AuditEventRow): AuditEventView {
  const { t, locale } = ctx;
  const actor = !e.actorName || e.actorName === "system" ? t("audit.system") : e.actorName;
  const record = recordLabel(t, e);
  const template = isKnownAuditAction(e.action)
    ? t(`audit.actions.${e.action}`, { actor, record: MARK })
    : t("audit.unknownAction", { actor, action: e.action, record: MARK });
  const [before, after = ""] = template.split(MARK);
  return {
    seq: e.seq,
    when: formatDateTime(e.occurredAt, locale, e.timeZone ?? DEPLOYMENT_ZONE),
    actor,
    sentence: { before, record, after },
    text: `${before}${record}${after}`,
    recordHref: recordHref(e, ctx.isAdmin),
    recordType: recordTypeLabel(t, e.entityType),
    regencyName: e.regencyName,
    changes: presentChanges(ctx, e),
    ip: e.ip,
  };
}

/** One change as a line of text: "Tahap: Analisis → Aksi" (the CSV and the printed extract). */
export function changeLine(t: Translate, c: AuditChangeView): string {
  return c.from === null
    ? t("audit.changeSet", { field: c.field, value: c.to })
    : t("audit.changeLine", { field: c.field, from: c.from, to: c.to });
}
