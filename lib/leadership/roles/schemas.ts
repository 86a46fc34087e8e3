import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { LEADERSHIP_ROLES, ROLE_SCORE_MAX, ROLE_SCORE_MIN } from "./roles";

export const ASSESSMENT_KINDS = ["self", "colleague"] as const;
export const FIRST_PERIOD = 2013;

const score = z.coerce
  .number({ message: "leadership.roles.errors.score" })
  .int("leadership.roles.errors.score")
  .min(ROLE_SCORE_MIN, "leadership.roles.errors.score")
  .max(ROLE_SCORE_MAX, "leadership.roles.errors.score");

/** One field per role (score_mentor, …), so a form without JavaScript posts plain radio buttons. */
const scoreFields = Object.fromEntries(LEADERSHIP_ROLES.map((r) => [`score_${r}`, score])) as Record<
  `score_${(typeof LEADERSHIP_ROLES)[number]}`,
  typeof score
>;

export const assessLeaderSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    termId: z.uuid(),
    period: z.coerce.number().int().min(FIRST_PERIOD).max(2100),
    kind: z.enum(ASSESSMENT_KINDS),
    ...scoreFields,
  })
  .transform(({ idempotencyKey, termId, period, kind, ...rest }) => ({
    idempotencyKey,
    termId,
    period,
    kind,
    scores: LEADERSHIP_ROLES.map((r) => rest[`score_${r}`]),
  }));
export type AssessLeaderInput = z.output<typeof assessLeaderSchema>;

export const setLeadershipTeamSchema = z.object({
  positionId: z.uuid(),
  // the "add" list offers many positions at once, without their versions: adding is idempotent
  version: z.coerce.number().int().optional(),
  member: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetLeadershipTeamInput = z.output<typeof setLeadershipTeamSchema>;
