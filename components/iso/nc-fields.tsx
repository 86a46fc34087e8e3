import type { Translate } from "@/lib/i18n/translate";
import type { NonconformityDetail } from "@/lib/iso/nonconformities/queries";
import { PrintField } from "@/components/print/print-field";

/** The record's fields read-only: on a kept record and in the printable view. */
export function NcFields({ nc, t }: { nc: NonconformityDetail; t: Translate }) {
  return (
    <dl>
      <PrintField label={t("iso.nc.source")}>{t(`iso.source.${nc.source}`)}</PrintField>
      <PrintField label={t("iso.nc.agency")}>{nc.agency?.name}</PrintField>
      <PrintField label={t("iso.nc.severity")}>{t(`iso.severity.${nc.severity}`)}</PrintField>
      <PrintField label={t("iso.nc.descriptionField")}>{nc.description}</PrintField>
      <PrintField label={t("iso.nc.requirement")}>{nc.requirement}</PrintField>
      <PrintField label={t("iso.nc.evidence")}>{nc.evidence}</PrintField>
      <PrintField label={t("iso.nc.correction")}>{nc.correction}</PrintField>
      <PrintField label={t("iso.nc.rootCause")}>{nc.rootCause}</PrintField>
      <PrintField label={t("iso.nc.similarChecked")}>{nc.similarChecked}</PrintField>
    </dl>
  );
}
