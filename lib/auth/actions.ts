"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/action-state";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { getT } from "@/lib/i18n/server";
import { isLocale, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { REGENCY_COOKIE } from "./active-regency";
import { signIn, signOut } from "./auth";
import { getActor } from "./session";
import { loginSchema } from "./schemas";

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password"), next: formData.get("next") ?? undefined });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { status: "error", message: t("auth.errors.invalidCredentials"), values: { email } };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeRedirectPath(parsed.data.next) });
  } catch (e) {
    if (e instanceof CredentialsSignin && e.code === "rate_limited") return { status: "error", message: t("auth.errors.tooManyAttempts"), values: { email } };
    if (e instanceof AuthError) return { status: "error", message: t("auth.errors.invalidCredentials"), values: { email } };
    throw e; // the redirect after a successful sign-in
  }
  return { status: "success" };
}

export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

const languageSchema = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(500).optional() });

/** Works for anyone (also on the login page): it only sets the language cookie. */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const parsed = languageSchema.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success || !isLocale(parsed.data.locale)) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false });
  const back = safeRedirectPath(parsed.data.returnTo, "");
  if (back) redirect(back);
}

const switchSchema = z.object({ regencyId: z.uuid() });

export async function switchRegencyAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const parsed = switchSchema.safeParse({ regencyId: formData.get("regencyId") });
  if (!parsed.success) return;
  // only a regency the actor belongs to (an admin may pick any)
  if (!actor.isAdmin && !actor.memberships.some((m) => m.regencyId === parsed.data.regencyId)) return;
  (await cookies()).set(REGENCY_COOKIE, parsed.data.regencyId, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  redirect("/dashboard");
}

