// The database project's setup: a copy of the seeded demo database for each vitest worker (the
// tests use the demo regencies and users as their fixtures). Workers run files in parallel, each
// on its own copy; within a worker, files run one after another on the same copy.
import type { TestProject } from "vitest/node";
import { grantAppRole } from "../../scripts/lib/app-role";
import { copiesOf, ensureTemplate, startTestCluster } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** Worker n (VITEST_POOL_ID) uses databaseUrls[n - 1]: the app's own role (what lib/db connects as). */
    databaseUrls: string[];
    /** The same databases as their owner, for tests that need more than the app may (tamper with audit rows, create databases). */
    ownerDatabaseUrls: string[];
  }
}

async function seedDemo(url: string) {
  process.env.DATABASE_URL = url; // the seed imports lib/db, which reads it at import
  const { seedIfEmpty } = await import("../../prisma/seed");
  await seedIfEmpty(url);
}

const withDatabase = (url: string, name: string) => url.replace(/\/[^/]*$/, `/${name}`);

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  try {
    const template = await ensureTemplate(cluster.adminUrl, seedDemo);
    const owners = await copiesOf(cluster.adminUrl, template, Number(project.config.maxWorkers) || 1);
    const apps: string[] = [];
    for (const owner of owners) {
      const app = withDatabase(cluster.appUrl, new URL(owner).pathname.slice(1));
      // grants live in each database: given to every fresh copy, so a change to them needs no template rebuild
      await grantAppRole(owner, app, { setPassword: true });
      apps.push(app);
    }
    project.provide("databaseUrls", apps);
    project.provide("ownerDatabaseUrls", owners);
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  return () => cluster.stop();
}
