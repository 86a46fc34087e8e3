import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Table, td, th } from "@/components/ui/table";
import { PrintButton } from "@/components/workshops/print-button";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAttendance } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.attendance.title") };
}

// Daftar hadir: printable, with a signature column; CSV beside it.
export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const data = await listAttendance(actor, (await params).id);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const w = data.workshop;
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
                href={`/api/workshops/${w.id}/attendance`}
              >
                {t("common.exportCsv")}
              </a>
            </>
          }
        />
      </div>
      <header className="mb-4 text-center">
        <h2 className="text-lg font-bold uppercase">{t("workshops.attendance.heading")}</h2>
        <p className="font-semibold">{w.title}</p>
        <p className="text-sm">
          {w.regency.name} · {formatDate(w.startsAt, locale)} · {w.venue}
        </p>
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
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(p.joinedAt, locale)}</td>
            <td className={`${td} h-12 border-l border-slate-200`}>
              <span className="text-xs text-slate-400">{i + 1}.</span>
            </td>
          </tr>
        ))}
      </Table>
      {data.participants.length === 0 && (
        <p className="mt-4 text-sm text-slate-600">{t("workshops.attendance.empty")}</p>
      )}
    </div>
  );
}
