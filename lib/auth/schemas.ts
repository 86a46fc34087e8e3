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
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordMismatch" });
