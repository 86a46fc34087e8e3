import type { Actor } from "@/lib/auth/actor";
import { regencyScope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Workshops the actor may see (workshops.read in their regency). */
export const visibleWorkshops = (actor: Actor): Prisma.WorkshopWhereInput => regencyScope(actor, "workshops.read");
/** Workshops the actor may run (workshops.manage). */
export const managedWorkshops = (actor: Actor): Prisma.WorkshopWhereInput => regencyScope(actor, "workshops.manage");
