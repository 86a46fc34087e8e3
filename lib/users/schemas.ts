import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/auth/permissions";
import { idempotencyKeySchema } from "@/lib/idempotency";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const createUserSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    name: z.string().trim().min(2).max(120),
    email: emailSchema,
    password: newPasswordSchema,
    isAdmin: checkbox.default(false),
    regencyId: z
      .union([z.uuid(), z.literal("")])
      .optional()
      .transform((v) => v || undefined),
    role: z
      .union([z.enum(ROLES), z.literal("")])
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((v) => !v.regencyId === !v.role, { path: ["role"], message: "users.errors.regencyAndRole" });

export const setUserDisabledSchema = z.object({
  userId: z.uuid(),
  version: z.coerce.number().int(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const resetPasswordSchema = z.object({
  userId: z.uuid(),
  newPassword: newPasswordSchema,
});

export const resetSecondFactorSchema = z.object({ userId: z.uuid() });

export const setMembershipSchema = z.object({
  userId: z.uuid(),
  regencyId: z.uuid(),
  role: z.enum(ROLES),
});

export const removeMembershipSchema = z.object({
  userId: z.uuid(),
  regencyId: z.uuid(),
});

export const userFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined), // keyset cursor: email
});

export type CreateUserInput = z.output<typeof createUserSchema>;
