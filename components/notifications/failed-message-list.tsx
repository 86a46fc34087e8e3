import type { Actor } from "@/lib/auth/actor";
import { Table, td, th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listFailedMessages } from "@/lib/notifications/outbox";

/** WhatsApp messages and digests the outbox gave up on (admins only; no phone numbers shown). */
export async function FailedMessageList({ actor }: { actor: Actor }) {
  const rows = await listFailedMessages(actor);
  if (!rows || rows.length === 0) return null;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <section className="mt-8" aria-labelledby="failed-messages">
      <h2 id="failed-messages" className="mb-1 text-base font-semibold text-slate-900">
        {t("notifications.failedMessages.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("notifications.failedMessages.description")}</p>
      <Table
        caption={t("notifications.failedMessages.title")}
        head={
          <tr>
            <th className={th}>{t("notifications.failedMail.recipient")}</th>
            <th className={th}>{t("notifications.failedMessages.channel")}</th>
            <th className={th}>{t("notifications.failedMail.failedAt")}</th>
            <th className={th}>{t("notifications.failedMail.attempts")}</th>
            <th className={th}>{t("notifications.failedMail.error")}</th>
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={td}>{r.user.name}</td>
            <td className={td}>
              {r.channel} · {r.purpose}
            </td>
            <td className={td}>{r.failedAt ? formatDateTime(r.failedAt, locale) : "—"}</td>
            <td className={td}>{r.attempts}</td>
            <td className={`${td} break-all`}>{r.error}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
