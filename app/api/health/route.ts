import { connection } from "next/server";
import { databaseAnswers } from "@/lib/health/check";

// Public by design: says only whether the database answers.
export async function GET() {
  await connection();
  const ok = await databaseAnswers();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
