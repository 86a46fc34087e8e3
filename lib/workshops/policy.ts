import type { Actor } from "@/lib/auth/actor";
import { whereActorMay } from "@/lib/auth/regency-access";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Workshops the actor may see (workshops.read in their regency). */
export const visibleWorkshops = (actor: Actor): Prisma.WorkshopWhereInput => whereActorMay(actor, "workshops.read");
/** Workshops the actor may run (workshops.manage). */
export const managedWorkshops = (actor: Actor): Prisma.WorkshopWhereInput => whereActorMay(actor, "workshops.manage");
