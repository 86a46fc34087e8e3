// Demo data: real regencies and realistic records for Kabupaten Pangandaran and Kabupaten
// Malaka. Runs once: the first run of the embedded database, or `npm run db:seed`.
import { refreshRegencyFigures } from "@/lib/dashboard/national";
import { createDb } from "@/lib/db";
import { seedAspirations } from "./seed/aspirations";
import { seedAudit } from "./seed/audit";
import { seedCulture } from "./seed/culture";
import { seedFollowers } from "./seed/followers";
import { seedFoundation } from "./seed/foundation";
import { seedIssues } from "./seed/issues";
import { seedLeadershipRoles } from "./seed/leadership-roles";
import { seedIso } from "./seed/iso";
import { seedPotentials } from "./seed/potentials";
import { seedPublications } from "./seed/publications";
import { seedRegencies } from "./seed/regencies";
import { seedWorkshops } from "./seed/workshops";

const MARKER = "demo.seededAt";

export async function seedIfEmpty(url: string, log: (m: string) => void = () => {}): Promise<boolean> {
  const db = createDb(url);
  try {
    if (await db.systemSetting.findUnique({ where: { key: MARKER } })) return false;
    if ((await db.user.count()) > 0) return false; // a real database that was never seeded: leave it alone
    const started = Date.now();
    const ctx = await seedFoundation(db);
    for (const [name, seed] of [
      ["regencies", seedRegencies],
      ["issues", seedIssues],
      ["iso", seedIso],
      ["publications", seedPublications],
      ["followers", seedFollowers],
      ["workshops", seedWorkshops],
      ["potentials", seedPotentials],
      ["culture", seedCulture],
      ["leadership roles", seedLeadershipRoles],
      ["aspirations", seedAspirations],
      ["audit", seedAudit],
    ] as const) {
      await seed(db, ctx);
      log(`seeded ${name}`);
    }
    await refreshRegencyFigures(db); // the national comparison's figures (the sweep keeps them fresh)
    // the demo's own notifications are history, not news: the mail outbox leaves them alone
    await db.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
    await db.systemSetting.create({ data: { key: MARKER, value: new Date().toISOString() } });
    log(`seed took ${Date.now() - started} ms`);
    return true;
  } finally {
    await db.$disconnect();
  }
}
