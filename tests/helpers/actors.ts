// Actors for integration tests, loaded from the seeded demo users exactly as getActor() builds them.
import type { Actor } from "@/lib/auth/actor";
import { oversightMemberships } from "@/lib/auth/oversight";
import { db } from "@/lib/db";

export const DEMO = {
  admin: "admin@mekar.test",
  coordinator: "koordinator@mekar.test",
  official: "pejabat@mekar.test",
  humas: "humas@mekar.test",
  facilitator: "fasilitator@mekar.test",
  malakaCoordinator: "koordinator.malaka@mekar.test",
  ministry: "otda@mekar.test",
  province: "biropem.ntt@mekar.test",
} as const;

export async function actorFor(email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      oversight: { select: { province: true } },
      memberships: {
        select: { role: true, regency: { select: { id: true, name: true, slug: true, timeZone: true } } },
      },
    },
  });
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.isAdmin,
    memberships: await oversightMemberships(
      u.oversight,
      u.memberships.map((m) => ({
        regencyId: m.regency.id,
        regencyName: m.regency.name,
        regencySlug: m.regency.slug,
        regencyTimeZone: m.regency.timeZone,
        role: m.role,
      })),
    ),
    ip: "127.0.0.1",
    userAgent: "vitest",
    // as just after sign-in: the password was checked now (re-authentication is fresh)
    verifiedAt: new Date(),
  };
}

export async function regencyId(slug: "pangandaran" | "malaka" | string): Promise<string> {
  return (await db.regency.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** Audit events written since `afterSeq` (use lastAuditSeq() before the action). */
export async function auditSince(afterSeq: bigint) {
  return db.auditEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: "asc" } });
}

export async function lastAuditSeq(): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? 0n;
}
