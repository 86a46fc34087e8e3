import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { notificationFilterSchema } from "@/lib/notifications/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("notifications.title") };
}

/** kind "<ns>.<event>" → t("<ns>.notifications.<event>", params); a stage param is shown in words. */
function notificationText(kind: string, params: unknown, t: Translate): string {
  const dot = kind.indexOf(".");
  const ns = kind.slice(0, dot);
  const p = { ...((params ?? {}) as Record<string, string | number | null>) };
  if (typeof p.stage === "string") p.stage = t(`${ns}.stages.${p.stage}`);
  return t(`${ns}.notifications.${kind.slice(dot + 1)}`, p);
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = notificationFilterSchema.parse(await searchParams);
  const [result, unread, t, locale] = await Promise.all([listNotifications(actor, filter), countUnreadNotifications(actor), getT(), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={<>{t("notifications.description")} · <strong>{t("notifications.unreadCount", { count: unread })}</strong></>}
        actions={
          <>
            <Link href={filter.unread ? "/notifications" : "/notifications?unread=1"} className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              {filter.unread ? t("notifications.showAll") : t("notifications.onlyUnread")}
            </Link>
            {unread > 0 && <ActionForm action={markAllNotificationsReadAction} submitLabel={t("notifications.markAllRead")} variant="secondary" className="flex items-center gap-2" />}
          </>
        }
      />
      {result.rows.length === 0 ? <EmptyState title={t("notifications.empty")} /> : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.rows.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start gap-3 p-3 ${n.readAt ? "" : "bg-emerald-50/60"}`}>
              <div className="min-w-0 flex-1">
                <p className={`text-sm ${n.readAt ? "text-slate-800" : "font-semibold text-slate-900"}`}>
                  {!n.readAt && <span className="mr-2"><Badge tone="green">{t("notifications.unread")}</Badge></span>}
                  {notificationText(n.kind, n.params, t)}
                </p>
                <p className="mt-0.5 text-xs text-slate-600">{formatDateTime(n.createdAt, locale)}{n.regency && ` · ${n.regency.name}`}</p>
              </div>
              <div className="flex gap-2">
                {n.link && (
                  <ActionForm action={markNotificationReadAction} submitLabel={t("notifications.open")} variant="secondary" className="flex">
                    <HiddenField name="id" value={n.id} />
                    <HiddenField name="open" value="1" />
                  </ActionForm>
                )}
                {!n.readAt && (
                  <ActionForm action={markNotificationReadAction} submitLabel={t("notifications.markRead")} variant="secondary" className="flex">
                    <HiddenField name="id" value={n.id} />
                  </ActionForm>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/notifications" params={filter} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
    </>
  );
}
