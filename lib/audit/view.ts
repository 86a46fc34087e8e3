import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import { zoneLabel } from "@/lib/regencies/time-zone";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { describeAuditFilter } from "./filter-summary";
import { presentAuditEvent } from "./present";
import { exportAuditEvents, listAuditEvents, listAuditPeople, listAuditRegencies } from "./queries";
import { auditFilterParams, type AuditFilter } from "./schemas";

/** What the page, the CSV and the printed extract share: the options, the filter in words. */
async function auditContext(actor: Actor, filter: AuditFilter, t: Translate, locale: Locale) {
  const [people, regencies] = await Promise.all([listAuditPeople(actor), listAuditRegencies(actor)]);
  if (!people || !regencies) return null;
  const personOptions = people.map((p) => ({ value: p.id, label: p.name }));
  const regencyOptions = regencies.map((r) => ({ value: r.id, label: r.name }));
  const zones = [...new Set(regencies.map((r) => r.timeZone))];
  return {
    personOptions,
    regencyOptions,
    /** The zone of the reader's regencies when they share one (a time printed "now"), else the deployment's. */
    timeZone: zones.length === 1 ? zones[0] : DEPLOYMENT_ZONE,
    zoneHint: t("audit.filter.zoneHint", {
      zone: zones.length ? zones.map(zoneLabel).join("/") : zoneLabel(DEPLOYMENT_ZONE),
    }),
    describe: (recordLabel: string | null) =>
      describeAuditFilter(t, locale, filter, { people: personOptions, regencies: regencyOptions, recordLabel }),
  };
}

/** One page of the trail as sentences, with the filter form's options; null: not the actor's to read. */
export async function auditPageView(actor: Actor, filter: AuditFilter, t: Translate, locale: Locale) {
  const [page, ctx] = await Promise.all([listAuditEvents(actor, filter), auditContext(actor, filter, t, locale)]);
  if (!page || !ctx) return null;
  const events = page.events.map((e) =>
    presentAuditEvent({ t, locale, isAdmin: actor.isAdmin, values: page.values }, e),
  );
  const recordLabel = filter.record && events.length ? events[0].sentence.record : null;
  return { ...ctx, events, nextCursor: page.nextCursor, recordLabel, params: auditFilterParams(filter) };
}

/** Every matching event as sentences (newest first, up to the export limit) for the CSV and the print. */
export async function auditExportView(actor: Actor, filter: AuditFilter, t: Translate, locale: Locale) {
  const [rows, ctx] = await Promise.all([exportAuditEvents(actor, filter), auditContext(actor, filter, t, locale)]);
  if (!rows || !ctx) return null;
  const events = rows.events.map((e) =>
    presentAuditEvent({ t, locale, isAdmin: actor.isAdmin, values: rows.values }, e),
  );
  const recordLabel = filter.record && events.length ? events[0].sentence.record : null;
  return {
    events,
    truncated: rows.truncated,
    filters: ctx.describe(recordLabel),
    regencies: ctx.regencyOptions.map((r) => r.label),
    timeZone: ctx.timeZone,
  };
}
