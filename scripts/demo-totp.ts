// Prints the current second-factor code of the DEMO accounts (prisma/seed/demo-totp.ts).
import { totpCode, totpStep, TOTP_PERIOD_SECONDS, totpUri } from "../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-totp";

const left = TOTP_PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % TOTP_PERIOD_SECONDS);
console.log(`${totpCode(DEMO_TOTP_SECRET, totpStep())}  (valid ${left} s more; demo accounts only)`);
if (process.argv.includes("--uri")) console.log(totpUri(DEMO_TOTP_SECRET, "demo@mekar.test"));
