import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { MarkAllReadForm, NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { notificationFilterSchema } from "@/lib/notifications/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("notifications.title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = notificationFilterSchema.parse(await searchParams);
  const [result, unread, t, locale] = await Promise.all([
    listNotifications(actor, filter),
    countUnreadNotifications(actor),
    getT(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={
          <>
            {t("notifications.description")} · <strong>{t("notifications.unreadCount", { count: unread })}</strong>
          </>
        }
        actions={
          <>
            <Link
              href={filter.unread ? "/notifications" : "/notifications?unread=1"}
              className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {filter.unread ? t("notifications.showAll") : t("notifications.onlyUnread")}
            </Link>
            {unread > 0 && <MarkAllReadForm t={t} />}
          </>
        }
      />
      {result.rows.length === 0 ? (
        <EmptyState title={t("notifications.empty")} />
      ) : (
        <NotificationList rows={result.rows} t={t} locale={locale} />
      )}
      <Pagination
        basePath="/notifications"
        params={filter}
        cursorName="after"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
