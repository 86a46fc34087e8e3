import "server-only";
import { db } from "@/lib/db";
import { sweepLeaderState } from "@/lib/sweeps/leader";

/** True when the database answers within the timeout. */
export async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const probe = db.$queryRaw`SELECT 1`.then(() => true as const).catch(() => false as const);
  return Promise.race([probe, timeout]);
}

/** Whether this instance runs the background sweeps now (it holds the sweep lease). */
export function leadsSweeps(): boolean {
  return sweepLeaderState()?.leader ?? false;
}
