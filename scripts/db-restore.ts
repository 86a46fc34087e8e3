// `npm run db:restore -- DIR`: restores a backup into an empty database (DATABASE_URL, or a
// new embedded one under MEKAR_DATA_DIR) and its files into the configured store (the upload
// folder, or the S3 bucket when MEKAR_S3_BUCKET is set), then checks the audit chain.
import { existsSync } from "node:fs";
import path from "node:path";
import { objectStore } from "../lib/files/storage";
import { grantAppRole } from "./lib/app-role";
import { restoreDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "unused" });
const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run db:restore -- <backup folder>");
  process.exit(2);
}
if (!existsSync(path.join(dir, "manifest.json"))) {
  console.error(`[mekar] ${path.resolve(dir)} is not a Mekar backup (no manifest.json)`);
  process.exit(2);
}
const rt = await resolveDatabase(log, { reuseRunning: false });
let code = 0;
try {
  const m = await restoreDatabase(rt.url, path.resolve(dir), objectStore(), log);
  const granted = await grantAppRole(rt.url, rt.appUrl, { setPassword: !!rt.embedded });
  if (granted) log(granted);
  const { createDb } = await import("../lib/db");
  const { verifyAuditChain } = await import("../lib/audit/verify");
  const db = createDb(rt.url);
  const chain = await verifyAuditChain(db);
  await db.$disconnect();
  log(
    `restored ${m.tables.reduce((s, t) => s + t.rows, 0)} rows from ${m.createdAt}; audit chains ${chain.ok ? `intact (${chain.count} events in ${chain.chains.length} chains)` : `BROKEN in chain ${chain.chain} at seq ${chain.seq}`}`,
  );
  if (!chain.ok) code = 1;
} catch (e) {
  console.error(`[mekar] restore failed: ${(e as Error).message}`);
  code = 1;
} finally {
  await rt.embedded?.stop();
}
process.exit(code);
