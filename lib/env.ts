import { z } from "zod";

// All configuration is read here once. scripts/start.ts fills in DATABASE_URL and AUTH_SECRET
// in demo mode (embedded database) before the app loads.
export const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it in demo mode)"),
  // The three database URLs (README "Database connections"): DATABASE_URL is the app's pool and
  // may point at PgBouncer in transaction mode; DIRECT_DATABASE_URL is the same role straight to
  // Postgres, for what needs a session of its own (the live hub's LISTEN), defaulting to
  // DATABASE_URL; the tools (migrate, backup, restore, seed) connect as DATABASE_OWNER_URL, else
  // DIRECT_DATABASE_URL, else DATABASE_URL (scripts/lib/runtime-env.ts): always a direct connection.
  DIRECT_DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  // Connections per server process, and how long a transaction may wait for one (queued, then
  // "Mekar sedang sibuk") and run. See lib/db.ts for why these values.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  DATABASE_TX_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(15_000),
  MEKAR_DATA_DIR: z.string().default(".data"),
  MEKAR_UPLOAD_DIR: z.string().optional(),
  MEKAR_TIMEZONE: z.string().default("Asia/Jakarta"),
  // true when any proxy is trusted; which ones: trustedProxies() below
  TRUST_PROXY: z
    .string()
    .default("false")
    .refine(
      (v) => trustedProxiesOrNull(v) !== null,
      "TRUST_PROXY: true, false, or a comma list of addresses, CIDR ranges and 'loopback'",
    )
    .transform((v) => (trustedProxiesOrNull(v) ?? []).length > 0),
  SMTP_URL: z.string().optional(),
  // WhatsApp gateway hosts the operator vouches for (may be http or on a private network); any
  // other gateway must be https on a public address (lib/notifications/gateway-address.ts)
  MEKAR_WHATSAPP_HOSTS: z.string().optional(),
  MAIL_FROM: z.string().default("Mekar <noreply@mekar.local>"),
  // development and tests: without SMTP_URL, each mail is also appended to this file (JSON lines)
  MEKAR_MAIL_LOG: z.string().optional(),
  // the shared secret the mail provider's bounce/complaint webhook sends (Authorization: Bearer …);
  // unset: the webhook refuses everything (lib/followers/bounces.ts)
  MAIL_WEBHOOK_SECRET: z.string().min(24).optional(),
  // The sweep leader's lease (lib/sweeps/leader.ts): held this long after each renewal, renewed
  // this often. A leader that dies is replaced within about MEKAR_SWEEP_LEASE_MS.
  MEKAR_SWEEP_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  MEKAR_SWEEP_RENEW_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * The proxies whose X-Forwarded-* headers are believed: none for "false"/"0"/unset, the
 * loopback addresses for "true"/"1", else the comma list itself (IPs, CIDR ranges, "loopback",
 * "linklocal", "uniquelocal"); null when an entry is none of these.
 */
function trustedProxiesOrNull(raw: string | undefined): string[] | null {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "false" || value === "0") return [];
  if (value === "true" || value === "1") return ["loopback"];
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const valid = (e: string) => {
    if (PROXY_NAMES.has(e)) return true;
    const [ip, bits, extra] = e.split("/");
    const v4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip);
    const v6 = !v4 && ip.includes(":") && /^[0-9a-f:.]+$/.test(ip);
    if ((!v4 && !v6) || extra !== undefined) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128));
  };
  return entries.length > 0 && entries.every(valid) ? entries : null;
}

/** TRUST_PROXY as a list for proxy-addr (scripts/lib/client-address.ts); throws when malformed. */
export function trustedProxies(raw = process.env.TRUST_PROXY): string[] {
  const list = trustedProxiesOrNull(raw);
  if (!list)
    throw new Error(
      `TRUST_PROXY is not valid (${raw}): use true, false, or a comma list of addresses, CIDR ranges and 'loopback'`,
    );
  return list;
}

export type Env = z.infer<typeof envSchema>;

/** What is wrong with the settings, in one line naming each setting (null when all is well). */
export function settingsProblem(source: Record<string, string | undefined>): string | null {
  const r = envSchema.safeParse(source);
  return r.success
    ? null
    : `invalid settings: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
}

/** The app role's connection straight to Postgres, for a session of its own (LISTEN). */
export function directDatabaseUrl(e: Env = env()): string {
  return e.DIRECT_DATABASE_URL || e.DATABASE_URL;
}

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    const problem = settingsProblem(process.env);
    if (problem) throw new Error(problem);
    cached = envSchema.parse(process.env);
  }
  return cached;
}
