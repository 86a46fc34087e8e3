import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { REAUTH_REQUIRED } from "@/lib/auth/reauth";
import { getActor } from "@/lib/auth/session";
import { isBusyError } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { withoutNul } from "@/lib/http/without-nul";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { translateIssues } from "@/lib/validation";

/** The one shape every form's state takes. Messages are already translated. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user sent, every value of every field in order (checkbox groups send several), so a
   * rejected form shows exactly that again (components/forms/field.tsx); never passwords or files. */
  values?: Record<string, string[]>;
  data?: Record<string, unknown>;
  /** A fresh one-time key for the next submit of a create form (see lib/idempotency.ts). */
  nextKey?: string;
};

export const ERROR_MESSAGE_KEYS: Record<AppError["code"], string> = {
  UNAUTHENTICATED: "common.errors.unauthenticated",
  FORBIDDEN: "common.errors.forbidden",
  NOT_FOUND: "common.errors.notFound",
  CONFLICT: "common.errors.conflict",
  INVALID: "common.errors.invalid",
  RATE_LIMITED: "common.errors.rateLimited",
  BUSY: "common.errors.busy",
};

/** FormData to a plain object: repeated keys become arrays; React's internal keys are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).map((v) => (typeof v === "string" ? withoutNul(v) : v));
    out[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  for (const key of Object.keys(out))
    if (key.endsWith("[]")) {
      out[key.slice(0, -2)] = out[key];
      delete out[key];
    }
  return out;
}

/** Echo what was sent back so a rejected form keeps it: every value of every key, in order, under the
 * key's own name ("issueIds[]" stays "issueIds[]"); never passwords, tokens, files or React's own keys. */
export function echoValues(formData: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of formData.entries())
    if (typeof v === "string" && !/password|token|\$ACTION/i.test(k)) (out[k] ??= []).push(withoutNul(v));
  return out;
}

export function errorState(e: AppError, t: Translate, formData?: FormData): FormState {
  const fieldErrors = e.fieldErrors
    ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, msgs]) => [k, msgs.map((m) => t(m, e.values))]))
    : undefined;
  return {
    status: "error",
    message: t(e.userMessage ?? ERROR_MESSAGE_KEYS[e.code], e.values),
    fieldErrors,
    values: formData ? echoValues(formData) : undefined,
    // the form offers "confirm your password or code" (components/auth/reauth-link.tsx)
    data: e.userMessage === REAUTH_REQUIRED ? { reauth: true } : undefined,
  };
}

type Handler<S extends z.ZodType> = (
  actor: Actor,
  input: z.output<S>,
  ctx: { t: Translate; formData: FormData },
) => Promise<FormState | void>;

/**
 * What an action requires before it looks at its input: a permission the actor must hold in
 * at least one regency ("admin" for admins only), or just a signed-in user. The mutation still
 * checks the permission in the record's own regency; this is the first gate, and what the
 * authorization-matrix test reads.
 */
export type ActionAccess = Permission | "admin" | "signed-in";
export type GuardedAction = ((prev: FormState, formData: FormData) => Promise<FormState>) & {
  access: ActionAccess | null;
};

/** Whether the actor passes an action's first gate (its `access`). */
export function allowed(actor: Actor, access: ActionAccess): boolean {
  if (actor.isAdmin || access === "signed-in") return true;
  if (access === "admin") return false;
  return actor.memberships.some((m) => roleCan(m.role, access));
}

/**
 * Wraps a server action: authenticate, parse FormData with the schema (field errors back to
 * the form, in the user's language), run the handler, and turn an AppError into form state.
 * Anything else is rethrown so redirect()/notFound() work and real bugs reach error.tsx.
 */
export function formAction<S extends z.ZodType>(schema: S, handler: Handler<S>, access?: ActionAccess): GuardedAction {
  const action = async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const t = await getT();
    const actor = await getActor();
    if (!actor) return errorState(new AppError("UNAUTHENTICATED"), t);
    if (!allowed(actor, access ?? "signed-in")) return errorState(new AppError("FORBIDDEN"), t);
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return {
        status: "error",
        message: t("common.errors.invalid"),
        fieldErrors: translateIssues(parsed.error.issues, t),
        values: echoValues(formData),
      };
    }
    try {
      const state = (await handler(actor, parsed.data, { t, formData })) ?? {
        status: "success",
        message: t("common.saved"),
      };
      return formData.has("idempotencyKey") ? { ...state, nextKey: randomUUID() } : state;
    } catch (e) {
      if (e instanceof AppError) return errorState(e, t, formData);
      throw e;
    }
  };
  // A transaction that could not start in time (also the actor's own lookup), or lost a race to
  // a deadlock/serialization failure, rolled back whole: the input is kept, the user may resend.
  const answered = async (prev: FormState, formData: FormData): Promise<FormState> => {
    try {
      return await action(prev, formData);
    } catch (e) {
      if (isBusyError(e))
        return { status: "error", message: (await getT())("common.errors.busy"), values: echoValues(formData) };
      throw e;
    }
  };
  // undeclared access (null) fails the authorization-matrix test
  return Object.assign(answered, { access: access ?? null });
}
