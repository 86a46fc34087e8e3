import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(200));
export const newPasswordSchema = z.string().min(10, "auth.errors.passwordTooShort").max(200);

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "auth.errors.passwordMismatch",
  });

const code = z.string().trim().min(6).max(20);

export const codeSchema = z.object({ code, next: z.string().optional() });

export const confirmIdentitySchema = z
  .object({
    password: z
      .string()
      .max(200)
      .optional()
      .transform((v) => v || undefined),
    code: z
      .string()
      .trim()
      .max(20)
      .optional()
      .transform((v) => v || undefined),
    next: z.string().max(500).optional(),
  })
  .refine((v) => v.password || v.code, { path: ["password"], message: "auth.errors.passwordOrCode" });

export const disableSecondFactorSchema = z.object({ password: z.string().min(1).max(200) });

export const endSessionSchema = z.object({ sessionId: z.uuid() });
