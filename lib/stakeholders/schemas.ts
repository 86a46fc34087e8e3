import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { idList } from "@/lib/publications/schemas";

export const STAKEHOLDER_TYPES = [
  "government",
  "dprd",
  "community",
  "adat",
  "ngo",
  "media",
  "business",
  "academic",
  "religious",
  "other",
] as const;
export const STANCES = ["supportive", "neutral", "opposed"] as const;

const level = z.coerce.number().int().min(1).max(5);
const stakeholderFields = {
  name: z.string().trim().min(2).max(160),
  organisation: z.string().trim().max(200).default(""),
  type: z.enum(STAKEHOLDER_TYPES),
  power: level,
  interest: level,
  stance: z.enum(STANCES),
  notes: z.string().trim().max(2000).default(""),
  issueIds: idList,
};
export const createStakeholderSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...stakeholderFields,
});
export const updateStakeholderSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  ...stakeholderFields,
});

const expertFields = {
  name: z.string().trim().min(2).max(160),
  discipline: z.string().trim().min(2).max(120),
  institution: z.string().trim().max(200).default(""),
  expertise: z.string().trim().max(1000).default(""),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+()\-\s]*$/, "stakeholders.errors.phone")
    .default(""),
  email: z.union([z.email().max(200), z.literal("")]).default(""),
  issueIds: idList,
};
export const createExpertSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...expertFields,
});
export const updateExpertSchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...expertFields });
export const expertFilterSchema = z.object({
  discipline: z.string().trim().max(120).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export type Quadrant = "manage_closely" | "keep_satisfied" | "keep_informed" | "monitor";

/** Mendelow's quadrant on a 1–5 scale: 3 and above counts as high. */
export function quadrantOf(power: number, interest: number): Quadrant {
  const p = power >= 3,
    i = interest >= 3;
  return p && i ? "manage_closely" : p ? "keep_satisfied" : i ? "keep_informed" : "monitor";
}

export type CreateStakeholderInput = z.output<typeof createStakeholderSchema>;
export type UpdateStakeholderInput = z.output<typeof updateStakeholderSchema>;
export type CreateExpertInput = z.output<typeof createExpertSchema>;
export type UpdateExpertInput = z.output<typeof updateExpertSchema>;
