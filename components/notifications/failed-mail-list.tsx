import type { Actor } from "@/lib/auth/actor";
import { Table, td, th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listFailedMail } from "@/lib/notifications/mail";

/** Emails the outbox gave up on after its last attempt (admins only; nothing when there are none). */
export async function FailedMailList({ actor }: { actor: Actor }) {
  const rows = await listFailedMail(actor);
  if (!rows || rows.length === 0) return null;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <section className="mt-8" aria-labelledby="failed-mail">
      <h2 id="failed-mail" className="mb-1 text-base font-semibold text-slate-900">
        {t("notifications.failedMail.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("notifications.failedMail.description")}</p>
      <Table
        caption={t("notifications.failedMail.title")}
        head={
          <tr>
            <th className={th}>{t("notifications.failedMail.recipient")}</th>
            <th className={th}>{t("notifications.failedMail.failedAt")}</th>
            <th className={th}>{t("notifications.failedMail.attempts")}</th>
            <th className={th}>{t("notifications.failedMail.error")}</th>
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={td}>
              {r.user.name} &lt;{r.user.email}&gt;
            </td>
            <td className={td}>{formatDateTime(r.emailFailedAt, locale)}</td>
            <td className={td}>{r.emailAttempts}</td>
            <td className={`${td} break-all`}>{r.emailError}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
