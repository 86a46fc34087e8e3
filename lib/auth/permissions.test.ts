import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { ALL_ROLES, can, PERMISSIONS, regencyIdsWith, roleCan, ROLES, type Permission, type Role } from "./permissions";
import { assertMemberCan, whereActorMay } from "./regency-access";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const member = (role: Role, regencyId = A): Actor => ({
  id: "u",
  name: "u",
  email: "u@x",
  isAdmin: false,
  memberships: [{ regencyId, regencyName: "A", regencySlug: "a", regencyTimeZone: "Asia/Jakarta", role }],
});

describe("permission table", () => {
  it("grants every (role, permission) pair exactly as the table says, and only in the member's regency", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      for (const role of ALL_ROLES) {
        const expected = (PERMISSIONS[permission] as readonly string[]).includes(role);
        expect(roleCan(role, permission), `${role} ${permission}`).toBe(expected);
        expect(can(member(role), permission, A), `${role} ${permission} in own regency`).toBe(expected);
        expect(can(member(role), permission, B), `${role} ${permission} in another regency`).toBe(false);
      }
    }
  });

  it("keeps the decisions the mission names", () => {
    expect(roleCan("coordinator", "issues.triage")).toBe(true);
    expect(roleCan("official", "issues.triage")).toBe(false);
    expect(roleCan("coordinator", "publications.approve")).toBe(true);
    expect(roleCan("humas", "publications.approve")).toBe(false);
    expect(roleCan("humas", "publications.write")).toBe(true);
    expect(roleCan("facilitator", "workshops.manage")).toBe(true);
    expect(roleCan("official", "audit.read")).toBe(false);
    for (const role of ROLES) expect(roleCan(role, "users.manage")).toBe(false);
  });

  it("gives oversight reading only: no permission that changes anything, no contact data", () => {
    const changes = (Object.keys(PERMISSIONS) as Permission[]).filter(
      (p) => !/\.read$|^dashboard\.whole$/.test(p) && roleCan("oversight", p),
    );
    expect(changes).toEqual([]);
    expect(roleCan("oversight", "contacts.read")).toBe(false);
    expect(roleCan("oversight", "audit.read")).toBe(false);
    for (const p of ["dashboard.read", "dashboard.whole", "iso.read", "regency.read", "issues.read"] as const)
      expect(roleCan("oversight", p), p).toBe(true);
  });

  it("lets an admin do everything everywhere, and nobody anonymous anything", () => {
    const admin: Actor = { id: "a", name: "a", email: "a@x", isAdmin: true, memberships: [] };
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(admin, permission, B)).toBe(true);
      expect(can(null, permission, A)).toBe(false);
    }
    expect(regencyIdsWith(admin, "issues.read")).toBe("all");
    expect(whereActorMay(admin, "issues.read")).toEqual({});
  });

  it("scopes rows to the regencies where the role holds the permission", () => {
    const both: Actor = {
      ...member("humas"),
      memberships: [
        { regencyId: A, regencyName: "A", regencySlug: "a", regencyTimeZone: "Asia/Jakarta", role: "humas" },
        { regencyId: B, regencyName: "B", regencySlug: "b", regencyTimeZone: "Asia/Jakarta", role: "coordinator" },
      ],
    };
    expect(whereActorMay(both, "issues.triage")).toEqual({ regencyId: { in: [B] } });
    expect(whereActorMay(both, "publications.write")).toEqual({ regencyId: { in: [A, B] } });
    expect(whereActorMay(member("official"), "audit.read")).toEqual({ regencyId: { in: [] } });
  });

  it("hides a regency from a non-member and forbids a member whose role lacks the permission", () => {
    expect(() => assertMemberCan(member("official"), "regency.manage", B)).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(() => assertMemberCan(member("official"), "regency.manage", A)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => assertMemberCan(member("coordinator"), "regency.manage", A)).not.toThrow();
    expect(() =>
      assertMemberCan({ ...member("official"), isAdmin: true, memberships: [] }, "regency.manage", B),
    ).not.toThrow();
  });
});
