// `npm run audit:verify`: recomputes the audit trail's hash chains (one per regency, one for
// system-wide events, one for the events from before chains per regency) and reports each,
// naming the first broken event of a broken chain. Exit status 1 when any chain is broken.
import { resolveDatabase } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "unused" });
const rt = await resolveDatabase(log);
process.env.DATABASE_URL = rt.url;
let code = 0;
const REASONS = {
  hash: "its content does not match its hash",
  gap: "events are missing before it",
  link: "it does not link to the previous event",
} as const;
try {
  const { createDb } = await import("../lib/db");
  const { verifyAuditChain } = await import("../lib/audit/verify");
  const db = createDb(rt.url);
  const report = await verifyAuditChain(db);
  const names = new Map((await db.regency.findMany({ select: { id: true, name: true } })).map((r) => [r.id, r.name]));
  await db.$disconnect();
  for (const c of report.chains) {
    const label = names.has(c.chain) ? `${names.get(c.chain)} (${c.chain})` : c.chain;
    if (!c.broken) log(`  ${label}: intact, ${c.count} events`);
    else log(`  ${label}: BROKEN at event seq ${c.broken.seq} (id ${c.broken.id}): ${REASONS[c.broken.reason]}`);
  }
  if (report.ok) log(`audit chains intact: ${report.count} events in ${report.chains.length} chains`);
  else {
    log(`audit chains BROKEN: ${report.chains.filter((c) => c.broken).length} of ${report.chains.length} chains`);
    code = 1;
  }
} finally {
  await rt.embedded?.stop();
}
process.exit(code);
