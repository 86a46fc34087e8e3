import { z } from "zod";
import { optionalCalendarDayDate } from "@/lib/calendar-day";
import { isCalendarMonth } from "@/lib/days";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const ISSUE_STAGES = ["identification", "analysis", "strategy", "action", "evaluation", "closed"] as const;
export const ISSUE_LIFECYCLES = ["potential", "emerging", "current", "crisis", "dormant"] as const;
export const ISSUE_CATEGORIES = [
  "assets_p3d",
  "boundaries",
  "capital",
  "civil_servants",
  "finance",
  "infrastructure",
  "basic_services",
  "economy_potential",
  "governance",
  "social_cultural",
] as const;
export type IssueStageName = (typeof ISSUE_STAGES)[number];

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const scale = z.coerce.number().int().min(1).max(5);
/** "a, b; c" or repeated lines to a clean list. */
const list = z
  .string()
  .max(2000)
  .optional()
  .transform((v) =>
    [
      ...new Set(
        (v ?? "")
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ].slice(0, 30),
  );
const dateOrNull = optionalCalendarDayDate;

export const createIssueSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  title: z.string().trim().min(5, "issues.errors.titleShort").max(200),
  description: z.string().max(20_000).optional().default(""),
  category: z.enum(ISSUE_CATEGORIES, "issues.errors.categoryRequired"),
  impact: scale.default(3),
  urgency: scale.default(3),
});
export type CreateIssueInput = z.output<typeof createIssueSchema>;

export const updateIssueSchema = z.object({
  issueId: z.uuid(),
  version: z.coerce.number().int(),
  title: z.string().trim().min(5, "issues.errors.titleShort").max(200),
  description: z.string().max(20_000).optional().default(""),
  category: z.enum(ISSUE_CATEGORIES, "issues.errors.categoryRequired"),
  lifecycle: z.enum(ISSUE_LIFECYCLES),
  impact: scale,
  urgency: scale,
  agencyId: optionalUuid,
  ownerPositionId: optionalUuid,
  supportingPositionIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid()).max(20),
  ),
  dueDate: dateOrNull,
  reviewCadenceDays: z.coerce
    .number()
    .int()
    .min(1, "issues.errors.cadenceRange")
    .max(180, "issues.errors.cadenceRange"),
  programs: list,
  tags: list,
  isPublic: checkbox.default(false),
});
export type UpdateIssueInput = z.output<typeof updateIssueSchema>;

export const triageIssueSchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("accept"),
    issueId: z.uuid(),
    version: z.coerce.number().int(),
    ownerPositionId: z.uuid("issues.errors.ownerRequired"),
    agencyId: optionalUuid,
    reviewCadenceDays: z.coerce
      .number()
      .int()
      .min(1, "issues.errors.cadenceRange")
      .max(180, "issues.errors.cadenceRange")
      .default(14),
    dueDate: dateOrNull,
  }),
  z.object({
    decision: z.literal("merge"),
    issueId: z.uuid(),
    version: z.coerce.number().int(),
    mergeIntoNumber: z.coerce
      .number({ message: "issues.errors.mergeTargetRequired" })
      .int()
      .positive("issues.errors.mergeTargetRequired"),
    reason: z.string().trim().max(2000).optional().default(""),
  }),
  z.object({
    decision: z.literal("reject"),
    issueId: z.uuid(),
    version: z.coerce.number().int(),
    reason: z.string().trim().min(5, "issues.errors.reasonRequired").max(2000),
  }),
]);
export type TriageIssueInput = z.output<typeof triageIssueSchema>;

export const changeIssueStageSchema = z
  .object({
    issueId: z.uuid(),
    version: z.coerce.number().int(),
    stage: z.enum(ISSUE_STAGES),
    note: z.string().trim().max(5000).optional().default(""),
    evaluationNote: z.string().trim().max(10_000).optional().default(""),
    isPublic: checkbox.default(false),
  })
  .refine((v) => v.stage !== "closed" || v.evaluationNote.length >= 10, {
    path: ["evaluationNote"],
    message: "issues.errors.closeNeedsEvaluation",
  });
export type ChangeIssueStageInput = z.output<typeof changeIssueStageSchema>;

export const addIssueUpdateSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  issueId: z.uuid(),
  body: z.string().trim().min(3, "issues.errors.noteRequired").max(10_000),
  percentDone: z
    .union([
      z.coerce.number().int().min(0, "issues.errors.percentRange").max(100, "issues.errors.percentRange"),
      z.literal(""),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  isPublic: checkbox.default(false),
  /** A note queued offline carries the issue version it was written against (the form online has none). */
  version: z.coerce.number().int().min(0).optional(),
});
export type AddIssueUpdateInput = z.output<typeof addIssueUpdateSchema>;

const flag = z.enum(["1"]).optional().catch(undefined);
export const ISSUE_SORTS = ["relevance", "newest", "priority", "due", "updated"] as const;
export const issueFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  stage: z.enum(ISSUE_STAGES).optional().catch(undefined),
  category: z.enum(ISSUE_CATEGORIES).optional().catch(undefined),
  agency: z.uuid().optional().catch(undefined),
  position: z.uuid().optional().catch(undefined),
  priority: z.enum(["high", "medium", "low"]).optional().catch(undefined),
  stale: flag,
  escalated: flag,
  overdue: flag,
  open: flag,
  mine: flag,
  triage: z.enum(["pending", "accepted", "rejected", "merged"]).optional().catch(undefined),
  sort: z.enum(ISSUE_SORTS).optional().catch(undefined),
  after: z.string().max(100).optional().catch(undefined),
});
export type IssueFilter = z.output<typeof issueFilterSchema>;

export const reportMonthSchema = z.object({
  month: z.string().refine(isCalendarMonth).optional().catch(undefined),
});

/** Impact × urgency (1–25) → high ≥ 15, medium ≥ 8, else low. */
export function priorityOf(impact: number, urgency: number): number {
  return impact * urgency;
}
export function priorityBand(priority: number): "high" | "medium" | "low" {
  return priority >= 15 ? "high" : priority >= 8 ? "medium" : "low";
}
