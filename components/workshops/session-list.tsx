import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate, formatTime, formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { toZonedInput } from "@/lib/publications/time";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { addSessionAction, deleteSessionAction, endSessionAction, startSessionAction } from "@/lib/workshops/actions";
import type { SessionView } from "@/lib/workshops/queries";
import { ActionButton } from "./control-buttons";

const tone: Record<SessionView["status"], BadgeTone> = { scheduled: "slate", running: "green", ended: "yellow" };

/** "4 Des 2026 · 09.00–13.00": a session's planned date and times, in the regency's zone. */
export function sessionLabel(s: SessionView, locale: Locale, timeZone: string): string {
  return `${formatDate(s.startsAt, locale, timeZone)} · ${formatTimeRange(s.startsAt, s.endsAt, locale, timeZone)}`;
}

/** The workshop's sessions on the control page: start and end them, open each daftar hadir. */
export function SessionList({
  workshopId,
  sessions,
  canManage,
  t,
  locale,
  timeZone,
}: {
  workshopId: string;
  sessions: SessionView[];
  canManage: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("workshops.sessions.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-100" aria-label={t("workshops.sessions.title")}>
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-session={s.status}>
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{sessionLabel(s, locale, timeZone)}</span>
                  <Badge tone={tone[s.status]}>{t(`workshops.sessions.status.${s.status}`)}</Badge>
                </div>
                <p className="text-xs text-slate-600">
                  {s.venue || "—"}
                  {s.startedAt && (
                    <>
                      {" · "}
                      {t("workshops.sessions.ranFrom", {
                        from: formatTime(s.startedAt, locale, timeZone),
                        to: s.endedAt ? formatTime(s.endedAt, locale, timeZone) : "…",
                      })}
                    </>
                  )}
                  {" · "}
                  <Link
                    className="text-emerald-800 hover:underline"
                    href={`/workshops/${workshopId}/attendance?session=${s.id}`}
                  >
                    {t("workshops.sessions.attendanceLink", { count: s.attendance })}
                  </Link>
                </p>
              </div>
              {canManage && (
                <div className="flex flex-wrap gap-2">
                  {s.status === "scheduled" && (
                    <ActionButton
                      action={startSessionAction}
                      label={t("workshops.sessions.start")}
                      variant="primary"
                      fields={{ sessionId: s.id }}
                    />
                  )}
                  {s.status === "running" && (
                    <ActionButton
                      action={endSessionAction}
                      label={t("workshops.sessions.end")}
                      variant="danger"
                      confirm={t("workshops.sessions.endConfirm")}
                      fields={{ sessionId: s.id }}
                    />
                  )}
                  {s.status === "scheduled" && (
                    <ActionButton
                      action={deleteSessionAction}
                      label={t("workshops.activities.delete")}
                      confirm={t("workshops.sessions.deleteConfirm")}
                      fields={{ sessionId: s.id }}
                    />
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {canManage && (
        <details className="mt-3 border-t border-slate-100 pt-3">
          <summary className="cursor-pointer text-sm font-medium text-emerald-800">
            {t("workshops.sessions.add")}
          </summary>
          <ActionForm
            action={addSessionAction}
            submitLabel={t("workshops.sessions.add")}
            idempotencyKey={randomUUID()}
            className="mt-2 grid gap-3 sm:grid-cols-2"
          >
            <HiddenField name="workshopId" value={workshopId} />
            <TextField
              name="date"
              type="date"
              label={t("workshops.sessions.date")}
              required
              defaultValue={toZonedInput(new Date(), timeZone).slice(0, 10)}
            />
            <TextField name="venue" label={t("workshops.fields.venue")} maxLength={200} />
            <TextField
              name="startTime"
              type="time"
              label={`${t("workshops.sessions.startTime")} (${zoneLabel(timeZone)})`}
              required
            />
            <TextField
              name="endTime"
              type="time"
              label={`${t("workshops.sessions.endTime")} (${zoneLabel(timeZone)})`}
              required
            />
          </ActionForm>
        </details>
      )}
    </>
  );
}
