// Every command-line script checks the settings it will use before it acts, and says what is
// wrong in one line (not a validation dump after half the work is done).
import { settingsProblem } from "../../lib/env";

/**
 * Exits with status 2 and one line when a setting is invalid. A script that never signs
 * anything (`authSecret: "unused"`: migrate, backup, restore, verify) ignores AUTH_SECRET, so an
 * operator's value for the app can never stop it.
 */
export function checkSettings(opts: { authSecret: "unused" | "checked" }): void {
  if (opts.authSecret === "unused") delete process.env.AUTH_SECRET;
  // the database is resolved later (embedded when unset): only its form is checked here
  // an empty value means unset, as everywhere in the scripts (the e2e server passes AUTH_SECRET="")
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const problem = settingsProblem({ ...given, DATABASE_URL: process.env.DATABASE_URL || "embedded" });
  if (problem) {
    console.error(`[mekar] ${problem}`);
    process.exit(2);
  }
}
