"use server";
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { errorState, formAction, type FormState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { getT } from "@/lib/i18n/server";
import { isLocale, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/request-context";
import { REGENCY_COOKIE, REGENCY_COOKIE_MAX_AGE } from "./regency-cookie";
import { SIGNED_OUT_COOKIE } from "./signed-out";
import { auth, signIn, signOut } from "./auth";
import { authorizeCredentials, TooManyAttempts } from "./authorize";
import { checkOwnPassword, confirmTotpEnrolment, disableOwnSecondFactor, verifySecondFactor } from "./second-factor";
import { getActor, getSession } from "./session";
import { endMyOtherSessions, endMySession, endSession, markVerified } from "./sessions";
import { CHALLENGE_COOKIE, CHALLENGE_TTL_SECONDS, passSecondFactor, startSignIn } from "./sign-in";
import { codeSchema, confirmIdentitySchema, disableSecondFactorSchema, endSessionSchema, loginSchema } from "./schemas";

/** Turns a passed sign-in challenge into the session (next-auth sets its cookie) and goes on. */
async function finishSignIn(
  token: string,
  next: string | undefined,
  t: Awaited<ReturnType<typeof getT>>,
): Promise<FormState> {
  try {
    await signIn("credentials", { challenge: token, redirectTo: safeRedirectPath(next) });
  } catch (e) {
    if (e instanceof AuthError) return { status: "error", message: t("auth.errors.signInExpired") };
    throw e; // the redirect after a successful sign-in
  }
  return { status: "success" };
}

/** Step one: email and password. With a second factor, step two (/login/code) asks for the code. */
export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const parsed = loginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success)
    return { status: "error", message: t("auth.errors.invalidCredentials"), values: { email: [email] } };
  let user;
  try {
    user = await authorizeCredentials(parsed.data, await headers());
  } catch (e) {
    if (e instanceof TooManyAttempts)
      return { status: "error", message: t("auth.errors.tooManyAttempts"), values: { email: [email] } };
    throw e;
  }
  if (!user) return { status: "error", message: t("auth.errors.invalidCredentials"), values: { email: [email] } };
  const { token, needsCode } = await startSignIn(user.id);
  if (!needsCode) return finishSignIn(token, parsed.data.next, t);
  (await cookies()).set(CHALLENGE_COOKIE, token, {
    path: "/login",
    maxAge: CHALLENGE_TTL_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:"),
  });
  const next = parsed.data.next ? `?next=${encodeURIComponent(safeRedirectPath(parsed.data.next))}` : "";
  redirect(`/login/code${next}`);
}

/** Step two: the authenticator's code or a recovery code; only then does a session exist. */
export async function secondFactorSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const jar = await cookies();
  const token = jar.get(CHALLENGE_COOKIE)?.value;
  if (!token) return { status: "error", message: t("auth.errors.signInExpired") };
  const parsed = codeSchema.safeParse({ code: formData.get("code"), next: formData.get("next") ?? undefined });
  if (!parsed.success)
    return errorState(new AppError("INVALID", "common.errors.invalid", { code: ["auth.errors.codeWrong"] }), t);
  try {
    await passSecondFactor(token, parsed.data.code, clientIpFrom(await headers()));
  } catch (e) {
    if (e instanceof AppError) return errorState(e, t);
    throw e;
  }
  jar.delete({ name: CHALLENGE_COOKIE, path: "/login" });
  return finishSignIn(token, parsed.data.next, t);
}

/** Ends this session on the server (a copied cookie stops working too), then the cookie. */
export async function logoutAction(): Promise<void> {
  const session = (await auth()) as { sid?: string } | null;
  if (session?.sid) await endSession(session.sid);
  // the next response clears this phone's offline copies and queue (proxy.ts)
  (await cookies()).set(SIGNED_OUT_COOKIE, "1", { path: "/", maxAge: 60, sameSite: "lax", httpOnly: true });
  await signOut({ redirectTo: "/login" });
}

const languageSchema = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(500).optional() });

/** Works for anyone (also on the login page): it only sets the language cookie. */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const parsed = languageSchema.safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? undefined,
  });
  if (!parsed.success || !isLocale(parsed.data.locale)) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
  // back to the page the switch was on: the Referer (same-origin posts carry the full URL, also
  // after client-side navigation, which the layout's own returnTo cannot follow), else returnTo
  const back = safeRedirectPath(pathOf((await headers()).get("referer")) ?? parsed.data.returnTo, "");
  if (back) redirect(back);
}

/** The path and query of an absolute URL (null when there is none). */
function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return null;
  }
}

const switchSchema = z.object({ regencyId: z.uuid() });

export async function switchRegencyAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const parsed = switchSchema.safeParse({ regencyId: formData.get("regencyId") });
  if (!parsed.success) return;
  // only a regency the actor belongs to (an admin may pick any)
  if (!actor.isAdmin && !actor.memberships.some((m) => m.regencyId === parsed.data.regencyId)) return;
  (await cookies()).set(REGENCY_COOKIE, parsed.data.regencyId, {
    path: "/",
    maxAge: REGENCY_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
  });
  redirect("/dashboard");
}

/** Enrolment of the second factor (also for an admin or coordinator who may open nothing else yet). */
export async function confirmTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const session = await getSession();
  if (!session) return errorState(new AppError("UNAUTHENTICATED"), t);
  const parsed = codeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success)
    return errorState(new AppError("INVALID", "common.errors.invalid", { code: ["auth.errors.codeWrong"] }), t);
  try {
    const codes = await confirmTotpEnrolment(session.actor, parsed.data);
    return { status: "success", message: t("auth.secondFactor.enabled"), data: { recoveryCodes: codes } };
  } catch (e) {
    if (e instanceof AppError) return errorState(e, t);
    throw e;
  }
}

export const disableSecondFactorAction = formAction(
  disableSecondFactorSchema,
  async (actor, input, { t }) => {
    await disableOwnSecondFactor(actor, input);
    revalidatePath("/account");
    return { status: "success", message: t("auth.secondFactor.disabled") };
  },
  "signed-in",
);

/** Re-authentication: the password or a code, then back to the page that asked. */
export const confirmIdentityAction = formAction(
  confirmIdentitySchema,
  async (actor, input) => {
    if (input.code) await verifySecondFactor(actor, input.code, actor.ip ?? "unknown");
    else await checkOwnPassword(actor, input.password ?? "", "password");
    await markVerified(actor.sessionId);
    redirect(safeRedirectPath(input.next));
  },
  "signed-in",
);

export const endSessionAction = formAction(
  endSessionSchema,
  async (actor, input, { t }) => {
    await endMySession(actor, input);
    revalidatePath("/account");
    return { status: "success", message: t("auth.sessions.ended") };
  },
  "signed-in",
);

export const endOtherSessionsAction = formAction(
  z.object({}),
  async (actor, _input, { t }) => {
    const count = await endMyOtherSessions(actor);
    revalidatePath("/account");
    return { status: "success", message: t("auth.sessions.othersEnded", { count }) };
  },
  "signed-in",
);
