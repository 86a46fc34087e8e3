import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { FailedMailList } from "@/components/notifications/failed-mail-list";
import { FailedMessageList } from "@/components/notifications/failed-message-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createUserAction } from "@/lib/users/actions";
import { listRegencyOptions, listUsers } from "@/lib/users/queries";
import { userFilterSchema } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("users.title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = userFilterSchema.parse(await searchParams);
  const result = await listUsers(actor, filter);
  if (!result) notFound();
  const [t, locale, regencies] = await Promise.all([getT(), getLocale(), listRegencyOptions()]);
  const regencyOptions = regencies.map((r) => ({
    value: r.id,
    label: `${t(`regencyKind.${r.kind}`)} ${r.name}`,
    group: r.province,
  }));
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div>
          <form className="mb-4 flex gap-2" role="search">
            <label htmlFor="q" className="sr-only">
              {t("common.search")}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={filter.q}
              placeholder={t("users.searchPlaceholder")}
              className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
            <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {t("common.search")}
            </button>
          </form>
          {result.users.length === 0 ? (
            <EmptyState title={t("users.empty")} />
          ) : (
            <Table
              caption={t("users.title")}
              head={
                <tr>
                  <th className={th}>{t("users.name")}</th>
                  <th className={th}>{t("auth.email")}</th>
                  <th className={th}>{t("users.roles")}</th>
                  <th className={th}>{t("users.lastLogin")}</th>
                </tr>
              }
            >
              {result.users.map((u) => (
                <tr key={u.id}>
                  <td className={td}>
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-emerald-800 hover:underline">
                      {u.name}
                    </Link>
                    {u.disabledAt && (
                      <span className="ml-2">
                        <Badge tone="red">{t("users.disabledBadge")}</Badge>
                      </span>
                    )}
                  </td>
                  <td className={td}>{u.email}</td>
                  <td className={td}>
                    <div className="flex flex-wrap gap-1">
                      {u.isAdmin && <Badge tone="purple">{t("roles.admin")}</Badge>}
                      {u.memberships.map((m) => (
                        <Badge key={m.regency.id} tone="blue">
                          {t(`roles.${m.role}`)} · {m.regency.name}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td className={td}>{formatDateTime(u.lastLoginAt, locale)}</td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination
            basePath="/admin/users"
            params={filter}
            cursorName="after"
            nextCursor={result.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
          <FailedMailList actor={actor} />
          <FailedMessageList actor={actor} />
        </div>
        <Card title={t("users.createTitle")}>
          <ActionForm
            action={createUserAction}
            submitLabel={t("users.create")}
            pendingLabel={t("common.saving")}
            idempotencyKey={randomUUID()}
          >
            <TextField name="name" label={t("users.name")} required maxLength={120} />
            <TextField name="email" type="email" label={t("auth.email")} required autoComplete="off" />
            <TextField
              name="password"
              type="password"
              label={t("users.initialPassword")}
              hint={t("users.passwordHint")}
              required
              autoComplete="new-password"
            />
            <SelectField
              name="regencyId"
              label={t("users.regency")}
              placeholder={t("users.noRegency")}
              options={regencyOptions}
            />
            <SelectField
              name="role"
              label={t("users.role")}
              placeholder={t("users.noRole")}
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
            <CheckboxField name="isAdmin" label={t("users.isAdmin")} />
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
