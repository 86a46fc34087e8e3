import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection URL from here, not from schema.prisma. Migrations are applied
// offline by scripts/db-migrate.ts (see README), but stay in Prisma's own layout so that
// `prisma migrate deploy` works unchanged on a machine that can download Prisma's engines.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/mekar" },
});
