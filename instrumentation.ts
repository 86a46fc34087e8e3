// Runs once when a server process starts (next start / next dev), not in the build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [
    { db },
    { startSweepLeader },
    { startMailOutbox },
    { startMessageOutbox },
    { startAttentionSweep },
    { startFollowerOutbox },
    { startImageSweep },
  ] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/sweeps/leader"),
    import("@/lib/notifications/mail"),
    import("@/lib/notifications/outbox"),
    import("@/lib/issues/attention-sweep"),
    import("@/lib/followers/outbox"),
    import("@/lib/files/image-sweep"),
  ]);
  // every instance starts the sweeps below; only the one holding the lease runs them (lib/sweeps/leader.ts)
  startSweepLeader(db);
  startMailOutbox(); // notification emails, from the outbox
  startMessageOutbox(); // WhatsApp messages, verification codes and daily digests
  startAttentionSweep(); // stale and escalated issues notify even when no dashboard is opened
  startFollowerOutbox(); // citizens' confirmation mails and digests of public notes and pieces
  startImageSweep(); // images stored by earlier versions get the copies (and re-encoding) uploads get now
}
