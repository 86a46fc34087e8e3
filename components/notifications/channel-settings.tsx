import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { zoneLabel } from "@/lib/regencies/time-zone";
import {
  confirmPhoneCodeAction,
  removePhoneAction,
  requestPhoneCodeAction,
  updateChannelsAction,
} from "@/lib/notifications/actions";

export type ChannelSettings = {
  emailEnabled: boolean;
  whatsappEnabled: boolean;
  digestTime: string | null;
  phone: string | null;
  pendingPhone: string | null;
  gateway: boolean;
};

const DIGEST_TIMES = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`,
);

/** The user's own channels (email, WhatsApp, daily digest) and their WhatsApp number. */
export function ChannelSettingsForms({
  settings,
  timeZone,
  t,
}: {
  settings: ChannelSettings;
  /** The zone of the regency the user works in: the digest goes out on its clock. */
  timeZone: string;
  t: Translate;
}) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t("notifications.channels.description")}</p>
      <ActionForm
        action={updateChannelsAction}
        submitLabel={t("notifications.channels.save")}
        pendingLabel={t("common.saving")}
        resetOnSuccess={false}
      >
        <p className="text-sm text-slate-800">✓ {t("notifications.channels.inApp")}</p>
        <CheckboxField
          name="emailEnabled"
          label={t("notifications.channels.email")}
          defaultChecked={settings.emailEnabled}
        />
        <CheckboxField
          name="whatsappEnabled"
          label={t("notifications.channels.whatsapp")}
          hint={settings.phone ? t("notifications.channels.whatsappHint") : t("notifications.channels.verifyFirst")}
          defaultChecked={settings.whatsappEnabled}
        />
        <SelectField
          name="digestTime"
          label={t("notifications.channels.digest")}
          hint={t("notifications.channels.digestHint")}
          defaultValue={settings.digestTime ?? ""}
          options={[
            { value: "", label: t("notifications.channels.immediate") },
            ...DIGEST_TIMES.map((time) => ({
              value: time,
              label: t("notifications.channels.dailyAt", { time, zone: zoneLabel(timeZone) }),
            })),
          ]}
        />
      </ActionForm>
      <section aria-labelledby="whatsapp-number" className="space-y-4 border-t border-slate-200 pt-4">
        <h3 id="whatsapp-number" className="text-sm font-semibold text-slate-900">
          {t("notifications.channels.phoneTitle")}
        </h3>
        <p className="text-sm text-slate-700" data-testid="whatsapp-phone">
          {settings.phone
            ? t("notifications.channels.verifiedPhone", { phone: settings.phone })
            : t("notifications.channels.noPhone")}
        </p>
        {settings.phone && (
          <ActionForm
            action={removePhoneAction}
            submitLabel={t("notifications.channels.removePhone")}
            variant="secondary"
          />
        )}
        {settings.gateway ? (
          <ActionForm
            action={requestPhoneCodeAction}
            submitLabel={t("notifications.channels.sendCode")}
            pendingLabel={t("common.saving")}
            variant={settings.phone ? "secondary" : "primary"}
          >
            <TextField
              name="phone"
              type="tel"
              label={settings.phone ? t("notifications.channels.changePhone") : t("notifications.channels.phone")}
              hint={t("notifications.channels.phoneHint")}
              autoComplete="tel"
              maxLength={24}
              required
            />
          </ActionForm>
        ) : (
          <p className="text-sm text-slate-600">{t("notifications.channels.noGateway")}</p>
        )}
        {settings.pendingPhone && (
          <ActionForm
            action={confirmPhoneCodeAction}
            submitLabel={t("notifications.channels.verify")}
            pendingLabel={t("common.saving")}
          >
            <p className="text-sm text-slate-700">
              {t("notifications.channels.pendingPhone", { phone: settings.pendingPhone })}
            </p>
            <TextField
              name="code"
              label={t("notifications.channels.code")}
              autoComplete="one-time-code"
              maxLength={6}
              required
            />
          </ActionForm>
        )}
      </section>
    </div>
  );
}
