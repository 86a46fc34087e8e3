import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { created, recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { IssueCategory, Sentiment, StakeholderStance, StakeholderType } from "@/lib/generated/prisma/enums";
import { proposeIssue } from "@/lib/issues/intake";
import type { ImportKindKey } from "./kinds";

// Writing one checked row of each kind, inside the import's transaction, with the same audit
// row as the record's own create form writes. Issues enter through proposeIssue (numbered under
// the regency's lock, into the triage queue), as every other source of issues does.

type Row = Record<string, unknown>;
type Writer = (tx: Tx, actor: Actor, regencyId: string, row: Row, source: string) => Promise<string>;

const issues: Writer = async (tx, actor, regencyId, row, source) =>
  (
    await proposeIssue(tx, actor, {
      regencyId,
      title: row.title as string,
      description: row.description as string,
      category: row.category as IssueCategory,
      impact: row.impact as number,
      urgency: row.urgency as number,
      source: "manual",
      sourceRef: `import:${source}`,
    })
  ).id;

const stakeholders: Writer = async (tx, actor, regencyId, row) => {
  const data = {
    regencyId,
    name: row.name as string,
    organisation: row.organisation as string,
    type: row.type as StakeholderType,
    power: row.power as number,
    interest: row.interest as number,
    stance: row.stance as StakeholderStance,
    notes: row.notes as string,
  };
  const r = await tx.stakeholder.create({ data, select: { id: true } });
  const { regencyId: _r, notes: _n, ...shown } = data;
  await recordAudit(
    tx,
    actor,
    "stakeholder.created",
    { type: "stakeholder", id: r.id, regencyId },
    created({ ...shown, issueIds: [] }),
  );
  return r.id;
};

const media: Writer = async (tx, actor, regencyId, row) => {
  const data = {
    regencyId,
    outlet: row.outlet as string,
    mediaType: row.mediaType as string,
    url: row.url as string,
    publishedOn: row.publishedOn as Date,
    headline: row.headline as string,
    sentiment: row.sentiment as Sentiment,
    reach: (row.reach as number | null) ?? null,
    notes: row.notes as string,
    createdById: actor.id,
  };
  const r = await tx.mediaCoverage.create({ data, select: { id: true } });
  await recordAudit(
    tx,
    actor,
    "media_coverage.created",
    { type: "media_coverage", id: r.id, regencyId },
    created({
      outlet: data.outlet,
      headline: data.headline,
      sentiment: data.sentiment,
      publishedOn: data.publishedOn,
      url: data.url,
      reach: data.reach,
      issueIds: [],
    }),
  );
  return r.id;
};

const experts: Writer = async (tx, actor, regencyId, row) => {
  const data = {
    regencyId,
    name: row.name as string,
    discipline: row.discipline as string,
    institution: row.institution as string,
    expertise: row.expertise as string,
    phone: row.phone as string,
    email: row.email as string,
  };
  const r = await tx.expertContact.create({ data, select: { id: true } });
  const { regencyId: _r, ...shown } = data;
  await recordAudit(
    tx,
    actor,
    "expert_contact.created",
    { type: "expert_contact", id: r.id, regencyId },
    created({ ...shown, issueIds: [] }),
  );
  return r.id;
};

export const WRITERS: Record<ImportKindKey, Writer> = { issues, stakeholders, media, experts };
