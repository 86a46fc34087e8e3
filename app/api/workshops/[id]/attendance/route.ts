import { z } from "zod";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { workshopParamsSchema } from "@/lib/workshops/route-params";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAttendance } from "@/lib/workshops/queries";

const sessionQuerySchema = z.object({ session: z.uuid().optional() });

type Ctx = { params: Promise<{ id: string }> };

// Daftar hadir as CSV (names and institutions typed by participants: csvCell neutralises formulas).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const parsed = workshopParamsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const query = sessionQuerySchema.safeParse({
    session: new URL(request.url).searchParams.get("session") ?? undefined,
  });
  if (!query.success) return new Response("Not found", { status: 404 });
  const data = await listAttendance(actor, parsed.data.id, query.data.session);
  if (!data) return new Response("Not found", { status: 404 });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const rows = data.participants.map((p, i) => [
    i + 1,
    p.name,
    p.institution,
    p.position,
    formatDateTime(p.joinedAt, locale),
    p._count.entries,
  ]);
  const header = [
    "No",
    t("workshops.attendance.name"),
    t("workshops.attendance.institution"),
    t("workshops.attendance.position"),
    t("workshops.attendance.joinedAt"),
    t("workshops.attendance.entries"),
  ];
  const day = data.session ? `-${data.session.startsAt.toISOString().slice(0, 10)}` : "";
  return csvResponse(`daftar-hadir-${data.workshop.title.slice(0, 40)}${day}.csv`, toCsv(header, rows));
}
