import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./foundation";

/** Demo records of this domain for Kabupaten Pangandaran and Kabupaten Malaka. */
export async function seedRegencies(_db: PrismaClient, _ctx: SeedContext): Promise<void> {}
