// `npm run build`: the one artefact every instance serves (README "Production: several
// instances"). Generates the Prisma client, builds Next into NEXT_DIST_DIR (.next), and stamps
// the build with the sources it was made from, so `npm start` does not build the same sources
// again, and with its deployment id, which every instance then serves.
import { buildApp } from "./lib/build-state";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// the build reads the settings (lib/env.ts) but never connects: the database is the instances' business
process.env.DATABASE_URL ||= "postgresql://build@localhost/none";
try {
  buildApp((m) => console.log(`[mekar] ${m}`));
} catch (e) {
  console.error(`[mekar] ${(e as Error).message}`);
  process.exit(1);
}
