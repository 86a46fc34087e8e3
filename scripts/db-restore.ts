// `npm run db:restore -- DIR`: restores a backup into an empty database (DATABASE_URL, or a
// new embedded one under MEKAR_DATA_DIR), then checks the audit chain.
import path from "node:path";
import { restoreDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/runtime-env";

const log = (m: string) => console.log(`[mekar] ${m}`);
const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run db:restore -- <backup folder>");
  process.exit(2);
}
const rt = await resolveDatabase(log, { reuseRunning: false });
let code = 0;
try {
  const m = await restoreDatabase(rt.url, path.resolve(dir), path.join(rt.dataDir, "uploads"), log);
  const { createDb } = await import("../lib/db");
  const { verifyAuditChain } = await import("../lib/audit/verify");
  const db = createDb(rt.url);
  const chain = await verifyAuditChain(db);
  await db.$disconnect();
  log(`restored ${m.tables.reduce((s, t) => s + t.rows, 0)} rows from ${m.createdAt}; audit chain ${chain.ok ? `intact (${chain.count} events)` : `BROKEN at seq ${chain.seq}`}`);
  if (!chain.ok) code = 1;
} catch (e) {
  console.error(`[mekar] restore failed: ${(e as Error).message}`);
  code = 1;
} finally {
  await rt.embedded?.stop();
}
process.exit(code);
