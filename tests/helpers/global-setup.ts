// The database project's setup: a copy of the seeded demo database for each vitest worker (the
// tests use the demo regencies and users as their fixtures). Workers run files in parallel, each
// on its own copy; within a worker, files run one after another on the same copy.
import type { TestProject } from "vitest/node";
import { copiesOf, ensureTemplate, startTestCluster } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** Worker n (VITEST_POOL_ID) uses databaseUrls[n - 1]. */
    databaseUrls: string[];
  }
}

async function seedDemo(url: string) {
  process.env.DATABASE_URL = url; // the seed imports lib/db, which reads it at import
  const { seedIfEmpty } = await import("../../prisma/seed");
  await seedIfEmpty(url);
}

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  try {
    const template = await ensureTemplate(cluster.adminUrl, seedDemo);
    project.provide("databaseUrls", await copiesOf(cluster.adminUrl, template, Number(project.config.maxWorkers) || 1));
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  return () => cluster.stop();
}
