import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { ISSUE_CATEGORIES } from "@/lib/issues/schemas";
import { optionalText } from "@/lib/regencies/schemas";
import { ASPIRATION_TIERS } from "./deadlines";

export const ASPIRATION_CATEGORIES = ["aspirasi", "pengaduan", "permintaan_informasi"] as const;
export const ASPIRATION_STATUSES = ["received", "verified", "forwarded", "answered", "closed", "rejected"] as const;
export type AspirationStatusName = (typeof ASPIRATION_STATUSES)[number];

/** The public form (no account). `website` is the honeypot: a person never sees it. */
export const submitAspirationSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  category: z.enum(ASPIRATION_CATEGORIES),
  text: z.string().trim().min(10).max(4000),
  senderName: optionalText(120),
  senderContact: optionalText(160),
  issue: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  website: z.string().max(500).optional(),
});
export type SubmitAspirationInput = z.output<typeof submitAspirationSchema>;
/** The fields the public form echoes back when it is refused (never the photo). */
export const ECHOED_FIELDS = ["category", "text", "senderName", "senderContact", "issue"] as const;

const ref = { id: z.uuid(), version: z.coerce.number().int() };

export const verifyAspirationSchema = z.object({ ...ref, tier: z.enum(ASPIRATION_TIERS) });
export type VerifyAspirationInput = z.output<typeof verifyAspirationSchema>;

/** Into a new issue (a proposal in the triage queue) when `issueId` is empty, else an existing one. */
export const acceptAspirationSchema = z.object({
  ...ref,
  issueId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
  title: optionalText(200),
  category: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ISSUE_CATEGORIES).optional()),
});
export type AcceptAspirationInput = z.output<typeof acceptAspirationSchema>;

export const forwardAspirationSchema = z.object({
  ...ref,
  agencyId: z.uuid(),
  // working days the agency has to answer (the tier's by default)
  days: z.coerce.number().int().min(1).max(90),
});
export type ForwardAspirationInput = z.output<typeof forwardAspirationSchema>;

export const answerAspirationSchema = z.object({
  ...ref,
  body: z.string().trim().min(5).max(4000),
  isPublic: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export type AnswerAspirationInput = z.output<typeof answerAspirationSchema>;

export const rejectAspirationSchema = z.object({ ...ref, reason: z.string().trim().min(5).max(1000) });
export type RejectAspirationInput = z.output<typeof rejectAspirationSchema>;

export const closeAspirationSchema = z.object(ref);
export type CloseAspirationInput = z.output<typeof closeAspirationSchema>;

const days = (max: number) => z.coerce.number().int().min(1).max(max);
export const updateAspirationDeadlinesSchema = z.object({
  regencyId: z.uuid(),
  version: z.coerce.number().int(),
  aspirationFirstResponseDays: days(30),
  aspirationStandardDays: days(60),
  aspirationNoFieldCheckDays: days(90),
  aspirationFieldCheckDays: days(180),
});
export type UpdateAspirationDeadlinesInput = z.output<typeof updateAspirationDeadlinesSchema>;

const templateFields = { title: z.string().trim().min(3).max(120), body: z.string().trim().min(5).max(4000) };
export const createReplyTemplateSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...templateFields,
});
export type CreateReplyTemplateInput = z.output<typeof createReplyTemplateSchema>;
export const updateReplyTemplateSchema = z.object({ ...ref, ...templateFields });
export type UpdateReplyTemplateInput = z.output<typeof updateReplyTemplateSchema>;
export const deleteReplyTemplateSchema = z.object(ref);
export type DeleteReplyTemplateInput = z.output<typeof deleteReplyTemplateSchema>;

export const aspirationListSchema = z.object({
  status: z.enum(ASPIRATION_STATUSES).optional().catch(undefined),
  // the cursor is a row id: anything else is no cursor (a hand-made URL is not a server error)
  after: z.uuid().optional().catch(undefined),
});
