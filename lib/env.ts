import { z } from "zod";

/** An empty value means unset (a .env line "NAME=" or a process manager's blank). */
function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

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
  // Object storage for evidence files and images (lib/files/storage): with MEKAR_S3_BUCKET set,
  // any S3-compatible store; unset, the local disk under MEKAR_UPLOAD_DIR as before.
  MEKAR_S3_BUCKET: unsetWhenEmpty(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "MEKAR_S3_BUCKET: a bucket name (3–63 lowercase letters, digits, dots, hyphens)",
      ),
  ),
  // unset: AWS itself; set: a MinIO, Ceph, Garage, R2… address (http(s)://host[:port])
  MEKAR_S3_ENDPOINT: unsetWhenEmpty(z.url({ protocol: /^https?$/, error: "MEKAR_S3_ENDPOINT: an http(s) URL" })),
  MEKAR_S3_REGION: unsetWhenEmpty(z.string().regex(/^[a-z0-9-]{2,40}$/, "MEKAR_S3_REGION: e.g. us-east-1")).default(
    "us-east-1",
  ),
  // both or neither; neither: the SDK's own chain (AWS_* variables, an instance role)
  MEKAR_S3_ACCESS_KEY_ID: unsetWhenEmpty(z.string()),
  MEKAR_S3_SECRET_ACCESS_KEY: unsetWhenEmpty(z.string()),
  // bucket in the path (http://host/bucket/key) rather than the host name; default: true with an endpoint
  MEKAR_S3_FORCE_PATH_STYLE: unsetWhenEmpty(
    z.enum(["true", "false", "1", "0"], "MEKAR_S3_FORCE_PATH_STYLE: true or false"),
  ),
  // keys are stored under this prefix (one bucket shared by several deployments), e.g. "pangandaran/"
  MEKAR_S3_PREFIX: unsetWhenEmpty(
    z.string().regex(/^[A-Za-z0-9._\/-]{0,200}$/, "MEKAR_S3_PREFIX: letters, digits, . _ - and /"),
  ),
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
  if (r.success) return s3Problem(r.data);
  return `invalid settings: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
}

/** What the S3 settings lack together (each alone is checked by the schema). */
function s3Problem(e: { MEKAR_S3_ACCESS_KEY_ID?: string; MEKAR_S3_SECRET_ACCESS_KEY?: string }): string | null {
  if (!!e.MEKAR_S3_ACCESS_KEY_ID !== !!e.MEKAR_S3_SECRET_ACCESS_KEY)
    return "invalid settings: MEKAR_S3_ACCESS_KEY_ID and MEKAR_S3_SECRET_ACCESS_KEY go together (or neither, for the SDK's own credentials)";
  return null;
}

const s3Schema = envSchema.pick({
  MEKAR_S3_BUCKET: true,
  MEKAR_S3_ENDPOINT: true,
  MEKAR_S3_REGION: true,
  MEKAR_S3_ACCESS_KEY_ID: true,
  MEKAR_S3_SECRET_ACCESS_KEY: true,
  MEKAR_S3_FORCE_PATH_STYLE: true,
  MEKAR_S3_PREFIX: true,
});

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
  /** "" or ending in "/" */
  prefix: string;
};

/**
 * Where evidence files and images live: an S3-compatible bucket when MEKAR_S3_BUCKET is set,
 * else null (the local disk). Read on every call, not cached, so a test or a script may set them.
 */
export function s3Settings(source: Record<string, string | undefined> = process.env): S3Settings | null {
  const r = s3Schema.safeParse(source);
  if (!r.success)
    throw new Error(`invalid settings: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const e = r.data;
  const problem = s3Problem(e);
  if (problem) throw new Error(problem);
  if (!e.MEKAR_S3_BUCKET) return null;
  const prefix = (e.MEKAR_S3_PREFIX ?? "").replace(/^\/+|\/+$/g, "");
  return {
    bucket: e.MEKAR_S3_BUCKET,
    endpoint: e.MEKAR_S3_ENDPOINT,
    region: e.MEKAR_S3_REGION,
    credentials:
      e.MEKAR_S3_ACCESS_KEY_ID && e.MEKAR_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.MEKAR_S3_ACCESS_KEY_ID, secretAccessKey: e.MEKAR_S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: e.MEKAR_S3_FORCE_PATH_STYLE
      ? e.MEKAR_S3_FORCE_PATH_STYLE === "true" || e.MEKAR_S3_FORCE_PATH_STYLE === "1"
      : !!e.MEKAR_S3_ENDPOINT,
    prefix: prefix ? `${prefix}/` : "",
  };
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
