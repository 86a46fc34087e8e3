import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { wallClockInput } from "./time";

export const PUBLICATION_KINDS = ["issue_update", "press_release", "announcement"] as const;
export const PUBLICATION_STATUSES = ["draft", "submitted", "approved", "withdrawn"] as const;

/** Repeated checkbox values ("issueIds[]") arrive as a string or an array. */
export const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z.array(z.uuid()).max(20),
);

/** A datetime-local value, read in the regency's zone by the mutation (atZone); empty means "on approval". */
export const optionalLocalDateTime = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = wallClockInput(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "publications.errors.badDateTime" });
      return z.NEVER;
    }
    return d;
  });

const pieceFields = {
  kind: z.enum(PUBLICATION_KINDS),
  title: z.string().trim().min(5).max(200),
  summary: z.string().trim().max(600).default(""),
  body: z.string().trim().max(50_000).default(""),
  internalNote: z.string().trim().max(4000).default(""),
  issueIds: idList,
  publishAt: optionalLocalDateTime,
};

export const createPublicationSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...pieceFields,
});
export const updatePublicationSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  ...pieceFields,
  correctionNote: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => v || null),
});
export const publicationRefSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });
export const approvePublicationSchema = publicationRefSchema.extend({ publishAt: optionalLocalDateTime });
export const sendBackPublicationSchema = publicationRefSchema.extend({
  comment: z.string().trim().min(5, "publications.errors.commentRequired").max(2000),
});
export const withdrawPublicationSchema = publicationRefSchema.extend({
  reason: z.string().trim().min(5, "publications.errors.reasonRequired").max(2000),
});
/** The image types a piece may carry (what storeFile is allowed to keep for it). */
export const IMAGE_TYPES: Record<string, string> = { "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp" };
/** An empty file input arrives as a nameless, empty File: that means "keep the current image". */
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 && !v.name ? undefined : v),
  z.instanceof(File, { message: "files.errors.empty" }).optional(),
);
export const setPublicationImageSchema = publicationRefSchema.extend({
  file: optionalFile,
  imageAlt: z.string().trim().min(3, "publications.errors.imageAltRequired").max(300),
});
export const setApproverSchema = z.object({
  regencyId: z.uuid(),
  positionId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
});

export const publicationFilterSchema = z.object({
  status: z.enum(PUBLICATION_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});

/** The public regency page's query: ?page=N&q=words (anything else falls back to page 1, no search). */
export const publicPiecesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(9_999).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export type CreatePublicationInput = z.output<typeof createPublicationSchema>;
export type UpdatePublicationInput = z.output<typeof updatePublicationSchema>;
export type ApprovePublicationInput = z.output<typeof approvePublicationSchema>;
export type SetPublicationImageInput = z.output<typeof setPublicationImageSchema>;
