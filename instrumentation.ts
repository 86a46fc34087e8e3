// Runs once when a server process starts (next start / next dev), not in the build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailOutbox } = await import("@/lib/notifications/mail");
  startMailOutbox();
}
