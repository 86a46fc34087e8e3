import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Table, td, th } from "@/components/ui/table";
import { PrintButton } from "@/components/workshops/print-button";
import { requireActor } from "@/lib/auth/session";
import { sessionLabel } from "@/components/workshops/session-list";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAttendance } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.attendance.title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Daftar hadir of one session (?session=…, else the running or latest one): printable, with a signature column; CSV beside it.
export default async function AttendancePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ session?: string | string[] }>;
}) {
  const actor = await requireActor();
  const picked = (await searchParams).session;
  const sessionId = typeof picked === "string" && UUID.test(picked) ? picked : undefined;
  const data = await listAttendance(actor, (await params).id, sessionId);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const w = data.workshop;
  const session = data.session;
  return (
    <div className="print:text-black">
      <div className="print:hidden">
        <PageHeader
          breadcrumb={
            <Link href={`/workshops/${w.id}`} className="hover:underline">
              {w.title}
            </Link>
          }
          title={t("workshops.attendance.title")}
          actions={
            <>
              <PrintButton label={t("common.print")} />
              <a
                className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
                href={`/api/workshops/${w.id}/attendance${session ? `?session=${session.id}` : ""}`}
              >
                {t("common.exportCsv")}
              </a>
            </>
          }
        />
        {data.sessions.length > 1 && (
          <nav aria-label={t("workshops.sessions.title")} className="mb-4 flex flex-wrap gap-2 text-sm">
            {data.sessions.map((x) => (
              <Link
                key={x.id}
                href={`/workshops/${w.id}/attendance?session=${x.id}`}
                aria-current={x.id === session?.id ? "page" : undefined}
                className={`rounded-md border px-3 py-1.5 ${x.id === session?.id ? "border-emerald-700 bg-emerald-50 font-semibold text-emerald-900" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
              >
                {sessionLabel(x, locale, w.regency.timeZone)}
              </Link>
            ))}
          </nav>
        )}
      </div>
      <header className="mb-4 text-center">
        <h2 className="text-lg font-bold uppercase">{t("workshops.attendance.heading")}</h2>
        <p className="font-semibold">{w.title}</p>
        <p className="text-sm">
          {w.regency.name} · {session ? sessionLabel(session, locale, w.regency.timeZone) : "—"} ·{" "}
          {session?.venue || w.venue}
        </p>
        {session && <p className="text-sm print:hidden">{t(`workshops.sessions.status.${session.status}`)}</p>}
      </header>
      <Table
        caption={t("workshops.attendance.title")}
        head={
          <tr>
            <th className={th}>No</th>
            <th className={th}>{t("workshops.attendance.name")}</th>
            <th className={th}>{t("workshops.attendance.institution")}</th>
            <th className={th}>{t("workshops.attendance.position")}</th>
            <th className={th}>{t("workshops.attendance.joinedAt")}</th>
            <th className={`${th} w-40`}>{t("workshops.attendance.signature")}</th>
          </tr>
        }
      >
        {data.participants.map((p, i) => (
          <tr key={p.id}>
            <td className={`${td} tabular-nums`}>{i + 1}</td>
            <td className={td}>{p.name || t("workshops.attendance.anonymous")}</td>
            <td className={td}>{p.institution}</td>
            <td className={td}>{p.position}</td>
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(p.joinedAt, locale, w.regency.timeZone)}</td>
            <td className={`${td} h-12 border-l border-slate-200`}>
              <span className="text-xs text-slate-400">{i + 1}.</span>
            </td>
          </tr>
        ))}
      </Table>
      {data.participants.length === 0 && (
        <p className="mt-4 text-sm text-slate-600">
          {session ? t("workshops.attendance.empty") : t("workshops.sessions.empty")}
        </p>
      )}
    </div>
  );
}
