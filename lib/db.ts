import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 }) });
}

// One client per process (kept on globalThis so dev reloads do not open new pools).
const g = globalThis as unknown as { __mekarDb?: PrismaClient };
export const db: PrismaClient = (g.__mekarDb ??= createDb(env().DATABASE_URL));
