import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";

/** What a follow form names: the regency, one public issue (its number) or one piece (its slug). */
export const followTargetSchema = z
  .string()
  .regex(/^(regency|issue:[1-9]\d{0,8}|piece:[a-z0-9-]{1,120})$/)
  .transform((v) => {
    const [kind, ref] = v.split(":") as ["regency" | "issue" | "piece", string | undefined];
    return { kind, ref: ref ?? null };
  });
export type FollowTarget = z.infer<typeof followTargetSchema>;

export const followModeSchema = z.enum(["now", "weekly"]);
export type FollowMode = z.infer<typeof followModeSchema>;

/** The public follow form (no account, no JavaScript). `website` is a honeypot: people leave it empty. */
export const followSchema = z.object({
  email: emailSchema,
  mode: followModeSchema.default("now"),
  target: followTargetSchema,
  website: z.string().max(200).optional().default(""),
});
export type FollowInput = z.infer<typeof followSchema>;

/** What the mail provider's webhook reports (lib/followers/bounces.ts). */
export const mailEventSchema = z.object({
  type: z.enum(["bounce", "complaint"]),
  email: emailSchema,
});
