import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { FileField } from "@/components/forms/file-field";
import { UploadActionForm } from "@/components/forms/upload-action-form";
import type { Translate } from "@/lib/i18n/translate";
import { removeRegencyLogoAction, setRegencyLogoAction } from "@/lib/regencies/actions";
import { MAX_LOGO_BYTES, MAX_LOGO_LABEL } from "@/lib/regencies/logo";
import type { RegencyProfile } from "@/lib/regencies/queries";
import { uploadLabels } from "@/lib/uploads/labels";

/** Upload or remove the emblem printed on the kop of the regency's naskah dinas (coordinators, admins). */
export function RegencyLogoForm({ regency, t }: { regency: RegencyProfile; t: Translate }) {
  const logoUrl = regency.logoUpdatedAt
    ? `/api/regencies/${regency.id}/logo?v=${regency.logoUpdatedAt.getTime()}`
    : null;
  const tooLarge = t("regencies.logo.errors.tooLarge", { max: MAX_LOGO_LABEL });
  return (
    <div className="space-y-4">
      {logoUrl ? (
        <figure className="flex items-center gap-3">
          <img src={logoUrl} alt={t("print.emblem", { name: regency.name })} className="h-20 w-auto" />
          <figcaption className="text-sm text-slate-700">{t("regencies.logo.current")}</figcaption>
        </figure>
      ) : (
        <p className="text-sm text-slate-600">{t("regencies.logo.none")}</p>
      )}
      <UploadActionForm
        upload="regency-logo"
        labels={uploadLabels(t, "files.upload", tooLarge)}
        action={setRegencyLogoAction}
        submitLabel={t("regencies.logo.save")}
        pendingLabel={t("regencies.logo.saving")}
        resetOnSuccess={false}
      >
        <HiddenField name="regencyId" value={regency.id} />
        <HiddenField name="version" value={regency.version} />
        <FileField
          name="file"
          label={t("regencies.logo.file")}
          hint={t("regencies.logo.fileHint")}
          required
          accept="image/png,image/jpeg"
          maxBytes={MAX_LOGO_BYTES}
          tooLargeMessage={tooLarge}
        />
      </UploadActionForm>
      {logoUrl && (
        <ActionForm
          action={removeRegencyLogoAction}
          submitLabel={t("regencies.logo.remove")}
          variant="secondary"
          confirm={t("regencies.logo.removeConfirm")}
        >
          <HiddenField name="regencyId" value={regency.id} />
          <HiddenField name="version" value={regency.version} />
        </ActionForm>
      )}
    </div>
  );
}
