import { z } from "zod";

// All configuration is read here once. scripts/start.ts fills in DATABASE_URL and AUTH_SECRET
// in demo mode (embedded database) before the app loads.
export const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it in demo mode)"),
  AUTH_SECRET: z.string().min(16).optional(),
  // Connections per server process, and how long a transaction may wait for one (queued, then
  // "Mekar sedang sibuk") and run. See lib/db.ts for why these values.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  DATABASE_TX_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(15_000),
  MEKAR_DATA_DIR: z.string().default(".data"),
  MEKAR_UPLOAD_DIR: z.string().optional(),
  MEKAR_TIMEZONE: z.string().default("Asia/Jakarta"),
  TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Mekar <noreply@mekar.local>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

/** What is wrong with the settings, in one line naming each setting (null when all is well). */
export function settingsProblem(source: Record<string, string | undefined>): string | null {
  const r = envSchema.safeParse(source);
  return r.success ? null : `invalid settings: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
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
