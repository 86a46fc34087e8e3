import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OfficialDocument } from "@/components/print/official-document";
import { ptd, pth } from "@/components/print/print-field";
import { downloadFormats } from "@/components/imports/download-formats";
import { DownloadMenu } from "@/components/ui/download-menu";
import { requireActor } from "@/lib/auth/session";
import { sessionLabel } from "@/components/workshops/session-list";
import { formatDateLong, formatDateTime, formatTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getLetterhead } from "@/lib/print/letterhead";
import { listAttendance } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.attendance.title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Daftar hadir of one session (?session=…, else the running or latest one): a naskah dinas with a
// signature column, to be printed or downloaded as PDF; CSV beside it.
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
  const w = data.workshop;
  const [t, locale, kop] = await Promise.all([getT(), getLocale(), getLetterhead(actor, w.regencyId)]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  const session = data.session;
  const title = t("print.titles.attendance");
  const day = session ? formatDateLong(session.startsAt, locale, tz) : null;
  return (
    <>
      <nav aria-label={t("workshops.sessions.title")} data-no-print className="mb-3 text-sm">
        <Link href={`/workshops/${w.id}`} className="text-emerald-800 hover:underline">
          {w.title}
        </Link>
        {data.sessions.length > 1 && (
          <span className="mt-2 flex flex-wrap gap-2">
            {data.sessions.map((x) => (
              <Link
                key={x.id}
                href={`/workshops/${w.id}/attendance?session=${x.id}`}
                aria-current={x.id === session?.id ? "page" : undefined}
                className={`rounded-md border px-3 py-1.5 ${x.id === session?.id ? "border-emerald-700 bg-emerald-50 font-semibold text-emerald-900" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
              >
                {sessionLabel(x, locale, tz)}
              </Link>
            ))}
          </span>
        )}
      </nav>
      <OfficialDocument
        letterhead={kop}
        title={title}
        reference={[title, w.code, day].filter(Boolean).join(" · ")}
        subject={
          <>
            <p className="font-bold">{w.title}</p>
            <p>
              {session
                ? `${day}, ${formatTime(session.startsAt, locale, tz)}–${formatTime(session.endsAt, locale, tz)}`
                : "—"}
              {(session?.venue || w.venue) && ` · ${session?.venue || w.venue}`}
            </p>
          </>
        }
        date={session?.startsAt ?? new Date()}
        path={`/workshops/${w.id}/attendance${sessionId ? `?session=${sessionId}` : ""}`}
        toolbar={
          <DownloadMenu
            href={`/api/workshops/${w.id}/attendance${session ? `?session=${session.id}` : ""}`}
            label={t("spreadsheet.export.menu")}
            items={downloadFormats(t)}
          />
        }
        note={t("print.printedAt", { date: formatDateTime(new Date(), locale, tz), name: actor.name })}
        t={t}
        locale={locale}
        signatories={[
          { caption: t("print.acknowledged"), position: t("print.roles.coordinator") },
          { caption: t("print.madeBy"), position: t("print.roles.facilitator"), ...w.createdBy },
        ]}
      >
        <table className="w-full border-collapse text-[10pt]">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th className={`${pth} w-8 text-center`}>No</th>
              <th className={pth}>{t("workshops.attendance.name")}</th>
              <th className={pth}>{t("workshops.attendance.institution")}</th>
              <th className={pth}>{t("workshops.attendance.position")}</th>
              <th className={pth}>{t("workshops.attendance.joinedAt")}</th>
              <th className={`${pth} w-36`}>{t("workshops.attendance.signature")}</th>
            </tr>
          </thead>
          <tbody>
            {data.participants.map((p, i) => (
              <tr key={p.id}>
                <td className={`${ptd} text-center tabular-nums`}>{i + 1}</td>
                <td className={ptd}>{p.name || t("workshops.attendance.anonymous")}</td>
                <td className={ptd}>{p.institution}</td>
                <td className={ptd}>{p.position}</td>
                <td className={`${ptd} whitespace-nowrap`}>{formatTime(p.joinedAt, locale, tz)}</td>
                {/* the customary zig-zag: odd numbers sign at the left, even ones at the right */}
                <td className={`${ptd} h-10`}>
                  <span className={`text-[8pt] ${i % 2 ? "ml-14" : ""}`}>{i + 1}.</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.participants.length === 0 && (
          <p className="mt-4">{session ? t("workshops.attendance.empty") : t("workshops.sessions.empty")}</p>
        )}
      </OfficialDocument>
    </>
  );
}
