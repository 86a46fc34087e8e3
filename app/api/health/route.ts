import { connection } from "next/server";
import { databaseAnswers, leadsSweeps } from "@/lib/health/check";

// Public by design: says only whether the database answers, and whether this instance is the
// one running the background sweeps (a deployment with several instances checks there is one).
export async function GET() {
  await connection();
  const ok = await databaseAnswers();
  return Response.json(
    { status: ok ? "ok" : "unavailable", sweepLeader: leadsSweeps() },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
