import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { saveWhatsAppGatewayAction } from "@/lib/notifications/actions";

export type WhatsAppGatewayView = { regencyId: string; url: string; template: string; tokenSet: boolean };

/** A regency's WhatsApp gateway; the saved token is never sent to the browser, only "set". */
export function WhatsAppGatewayForm({ gateway, t }: { gateway: WhatsAppGatewayView; t: Translate }) {
  return (
    <ActionForm
      action={saveWhatsAppGatewayAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
      className="grid gap-4 sm:grid-cols-2"
    >
      <p className="text-sm text-slate-700 sm:col-span-2">{t("notifications.gateway.description")}</p>
      <HiddenField name="regencyId" value={gateway.regencyId} />
      <TextField
        name="url"
        type="url"
        label={t("notifications.gateway.url")}
        defaultValue={gateway.url}
        maxLength={500}
        required
      />
      <TextField
        name="token"
        type="password"
        label={t("notifications.gateway.token")}
        hint={gateway.tokenSet ? t("notifications.gateway.tokenSet") : t("notifications.gateway.tokenNotSet")}
        autoComplete="off"
        maxLength={500}
        required={!gateway.tokenSet}
      />
      <TextArea
        name="template"
        label={t("notifications.gateway.template")}
        hint={t("notifications.gateway.templateHint")}
        defaultValue={gateway.template}
        rows={3}
        maxLength={1000}
        className="sm:col-span-2"
      />
    </ActionForm>
  );
}
