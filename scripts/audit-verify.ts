// `npm run audit:verify`: recomputes the audit trail's hash chain and names the first broken event.
import { resolveDatabase } from "./lib/runtime-env";

const log = (m: string) => console.log(`[mekar] ${m}`);
const rt = await resolveDatabase(log);
process.env.DATABASE_URL = rt.url;
let code = 0;
try {
  const { createDb } = await import("../lib/db");
  const { verifyAuditChain } = await import("../lib/audit/verify");
  const db = createDb(rt.url);
  const report = await verifyAuditChain(db);
  await db.$disconnect();
  if (report.ok) log(`audit chain intact: ${report.count} events`);
  else {
    log(`audit chain BROKEN at event seq ${report.seq} (id ${report.id}): ${report.reason === "hash" ? "its content does not match its hash" : report.reason === "gap" ? "events are missing before it" : "it does not link to the previous event"}`);
    code = 1;
  }
} finally {
  await rt.embedded?.stop();
}
process.exit(code);
