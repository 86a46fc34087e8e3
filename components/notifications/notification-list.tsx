import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { listNotifications } from "@/lib/notifications/queries";

type Notification = Awaited<ReturnType<typeof listNotifications>>["rows"][number];

/** kind "<ns>.<event>" → t("<ns>.notifications.<event>", params); a stage param is shown in words. */
function notificationText(kind: string, params: unknown, t: Translate): string {
  const dot = kind.indexOf(".");
  const ns = kind.slice(0, dot);
  const p = { ...((params ?? {}) as Record<string, string | number | null>) };
  if (typeof p.stage === "string") p.stage = t(`${ns}.stages.${p.stage}`);
  return t(`${ns}.notifications.${kind.slice(dot + 1)}`, p);
}

export function MarkAllReadForm({ t }: { t: Translate }) {
  return (
    <ActionForm
      action={markAllNotificationsReadAction}
      submitLabel={t("notifications.markAllRead")}
      variant="secondary"
      className="flex items-center gap-2"
    />
  );
}

/** "Open" marks the notification read and follows its link; "mark read" only marks it. */
function NotificationForms({ n, t }: { n: Notification; t: Translate }) {
  return (
    <div className="flex gap-2">
      {n.link && (
        <ActionForm
          action={markNotificationReadAction}
          submitLabel={t("notifications.open")}
          variant="secondary"
          className="flex"
        >
          <HiddenField name="id" value={n.id} />
          <HiddenField name="open" value="1" />
        </ActionForm>
      )}
      {!n.readAt && (
        <ActionForm
          action={markNotificationReadAction}
          submitLabel={t("notifications.markRead")}
          variant="secondary"
          className="flex"
        >
          <HiddenField name="id" value={n.id} />
        </ActionForm>
      )}
    </div>
  );
}

export function NotificationList({ rows, t, locale }: { rows: Notification[]; t: Translate; locale: Locale }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((n) => (
        <li key={n.id} className={`flex flex-wrap items-start gap-3 p-3 ${n.readAt ? "" : "bg-emerald-50/60"}`}>
          <div className="min-w-0 flex-1">
            <p className={`text-sm ${n.readAt ? "text-slate-800" : "font-semibold text-slate-900"}`}>
              {!n.readAt && (
                <span className="mr-2">
                  <Badge tone="green">{t("notifications.unread")}</Badge>
                </span>
              )}
              {notificationText(n.kind, n.params, t)}
            </p>
            <p className="mt-0.5 text-xs text-slate-600">
              {formatDateTime(n.createdAt, locale, n.regency?.timeZone)}
              {n.regency && ` · ${n.regency.name}`}
            </p>
          </div>
          <NotificationForms n={n} t={t} />
        </li>
      ))}
    </ul>
  );
}
