import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openTermWhere } from "@/lib/leadership/holders";
import { visibleRegencies } from "@/lib/regencies/policy";

/** What the kop (letterhead) of a printout shows: everything a printed record of the regency needs. */
export type Letterhead = {
  regencyId: string;
  kind: "kabupaten" | "kota";
  name: string;
  capital: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  timeZone: string;
  /** the emblem's URL (served with the reader's authorization), null: a neutral mark */
  logoUrl: string | null;
  /** the issuing unit (perangkat daerah) when the record names one */
  unit?: string | null;
};

/** The kop of a regency the actor may read, or null. */
export async function getLetterhead(actor: Actor, regencyId: string, unit?: string | null): Promise<Letterhead | null> {
  const r = await db.regency.findFirst({
    where: { AND: [{ id: regencyId }, visibleRegencies(actor)] },
    select: {
      id: true,
      kind: true,
      name: true,
      capital: true,
      address: true,
      phone: true,
      email: true,
      website: true,
      timeZone: true,
      logoStorageKey: true,
      logoUpdatedAt: true,
    },
  });
  if (!r) return null;
  return {
    regencyId: r.id,
    kind: r.kind,
    name: r.name,
    capital: r.capital,
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    timeZone: r.timeZone,
    logoUrl: r.logoStorageKey && r.logoUpdatedAt ? `/api/regencies/${r.id}/logo?v=${r.logoUpdatedAt.getTime()}` : null,
    unit: unit ?? null,
  };
}

/** The emblem's stored file, for the logo route: only for a reader of the regency. */
export async function getRegencyLogo(actor: Actor, regencyId: string) {
  const r = await db.regency.findFirst({
    where: { AND: [{ id: regencyId }, visibleRegencies(actor)] },
    select: { name: true, logoStorageKey: true, logoContentType: true },
  });
  if (!r?.logoStorageKey || !r.logoContentType) return null;
  return { storageKey: r.logoStorageKey, contentType: r.logoContentType, name: r.name };
}

/** A position's signatory: its title, today's holder (name) and the holder's NIP when they have an account. */
export type PositionSignatory = { position: string; name: string | null; nip: string | null };

/**
 * The position a record names (by id), or the regency's Bupati/Wali Kota or coordinator, with
 * the person holding it today; null when there is no such position in a regency the actor reads.
 */
export async function positionSignatory(
  actor: Actor,
  regencyId: string,
  which: { id: string } | { head: true } | { coordinator: true },
): Promise<PositionSignatory | null> {
  const position = await db.position.findFirst({
    where: {
      regencyId,
      regency: visibleRegencies(actor),
      ...("id" in which ? { id: which.id } : "head" in which ? { kind: "bupati" } : { isCoordinator: true }),
    },
    orderBy: { sortOrder: "asc" },
    select: {
      title: true,
      terms: {
        where: openTermWhere(),
        orderBy: { startDate: "desc" },
        take: 1,
        select: { personName: true, user: { select: { nip: true } } },
      },
    },
  });
  if (!position) return null;
  const term = position.terms[0];
  return { position: position.title, name: term?.personName ?? null, nip: term?.user?.nip ?? null };
}
