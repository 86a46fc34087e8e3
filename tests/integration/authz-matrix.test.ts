// The authorization matrix over every server action: each is called anonymously, as each
// role of Kabupaten Pangandaran and as an admin, and the outcome is checked against the
// permission table. An action that does not declare its access (formAction's third argument)
// and is not in RAW_ACTIONS below fails the test.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { translatorFor } from "@/lib/i18n/server";
import { actorFor, auditSince, DEMO, lastAuditSeq } from "@/tests/helpers/actors";
import { inlineServerActions, serverActionModules } from "@/tests/helpers/server-actions";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  requireActor: async () => {
    if (!current) throw new Error("redirect /login");
    return current;
  },
}));

// Actions that are not form actions, with who may call them.
const RAW_ACTIONS: Record<string, "public" | "signed-in"> = {
  "lib/auth/actions.ts#loginAction": "public",
  "lib/auth/actions.ts#setLanguageAction": "public",
  "lib/auth/actions.ts#logoutAction": "signed-in",
  "lib/auth/actions.ts#switchRegencyAction": "signed-in",
  "lib/auth/actions.ts#secondFactorSignInAction": "public", // needs the password step's challenge cookie
  "lib/auth/actions.ts#confirmTotpAction": "signed-in", // also while enrolment is owed (getSession)
};

type Guarded = ((prev: unknown, fd: FormData) => Promise<{ status: string; message?: string }>) & {
  access?: string | null;
};
const actions: { id: string; fn: Guarded }[] = [];
const t = translatorFor("id");
const UNAUTH = t("common.errors.unauthenticated");
const FORBIDDEN = t("common.errors.forbidden");

function mayPass(actor: Actor, access: string): boolean {
  if (actor.isAdmin || access === "signed-in") return true;
  if (access === "admin") return false;
  return actor.memberships.some((m) => roleCan(m.role, access as Permission));
}

async function call(fn: Guarded): Promise<{ status: string; message?: string } | "threw"> {
  try {
    return await fn({ status: "idle" }, new FormData());
  } catch {
    return "threw"; // passed the gates and failed later (e.g. revalidation outside a request)
  }
}

beforeAll(async () => {
  for (const file of serverActionModules()) {
    const mod = (await import(`@/${file}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === "function") actions.push({ id: `${file}#${name}`, fn: fn as Guarded });
  }
});

describe("authorization matrix", () => {
  it("finds every server action in an actions module, each with a declared access", () => {
    expect(inlineServerActions()).toEqual([]);
    expect(actions.length).toBeGreaterThan(5);
    const undeclared = actions
      .filter((a) => typeof a.fn.access !== "string" && !(a.id in RAW_ACTIONS))
      .map((a) => a.id);
    expect(undeclared, "actions missing from the table").toEqual([]);
  });

  it("refuses every non-public action to an anonymous caller, and nothing is written", async () => {
    const before = await lastAuditSeq();
    current = null;
    for (const a of actions.filter((x) => x.fn.access !== undefined)) {
      const res = await call(a.fn);
      expect(res, a.id).not.toBe("threw");
      expect(res, a.id).toMatchObject({ status: "error", message: UNAUTH });
    }
    expect(await auditSince(before)).toHaveLength(0);
  });

  for (const who of ["coordinator", "official", "humas", "facilitator", "malakaCoordinator", "admin"] as const) {
    it(`gives the ${who} exactly what the permission table gives their role`, async () => {
      const actor = await actorFor(DEMO[who]);
      current = actor;
      const before = await lastAuditSeq();
      const forbiddenWrites: string[] = [];
      for (const a of actions.filter((x) => x.fn.access !== undefined)) {
        const seq = await lastAuditSeq();
        const res = await call(a.fn);
        const forbidden = res !== "threw" && res.message === FORBIDDEN;
        const expectedForbidden = !mayPass(actor, a.fn.access ?? "signed-in");
        expect(forbidden, `${who} → ${a.id} (${a.fn.access})`).toBe(expectedForbidden);
        if (expectedForbidden && (await auditSince(seq)).length) forbiddenWrites.push(a.id);
      }
      expect(forbiddenWrites).toEqual([]);
      current = null;
      void before;
    });
  }
});
