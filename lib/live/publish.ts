import type { Tx } from "@/lib/db";
import { LIVE_CHANNEL, livePayload } from "./hub";

/**
 * Publishes to every instance's hub. Inside a transaction Postgres delivers the notification
 * at commit, so listeners never hear about rows they cannot read yet.
 */
export async function publishLive(tx: Pick<Tx, "$executeRaw">, topic: string, data: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${livePayload(topic, data)})`;
}
