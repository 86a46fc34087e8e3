import { randomUUID } from "node:crypto";
import { HiddenField } from "@/components/forms/field";
import { FileField } from "@/components/forms/file-field";
import { UploadActionForm } from "@/components/forms/upload-action-form";
import { Card } from "@/components/ui/card";
import { attachEvidenceAction } from "@/lib/iso/files/actions";
import { MAX_FILE_LABEL } from "@/lib/files/limits";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { uploadLabels } from "@/lib/uploads/labels";

export type EvidenceFileRow = {
  id: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
  uploadedBy: { name: string } | null;
};

export function EvidenceFiles({
  files,
  recordType,
  recordId,
  canUpload,
  locked,
  t,
  locale,
  timeZone,
}: {
  files: EvidenceFileRow[];
  recordType: "nonconformity" | "assessment" | "audit";
  recordId: string;
  canUpload: boolean;
  locked: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const tooLarge = t("files.errors.tooLarge", { max: MAX_FILE_LABEL });
  return (
    <Card title={t("iso.files.title")}>
      {files.length === 0 ? (
        <p className="text-sm text-slate-600">{t("iso.files.empty")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {files.map((f) => (
            <li key={f.id}>
              <a
                href={`/api/iso/files/${f.id}`}
                className="font-medium text-emerald-800 underline"
                aria-label={t("iso.files.download", { name: f.fileName })}
              >
                {f.fileName}
              </a>
              <span className="text-slate-600">
                {" "}
                · {formatNumber(f.sizeBytes / 1024, locale, 1)} KB · {formatDateTime(f.createdAt, locale, timeZone)}
                {f.uploadedBy && ` · ${f.uploadedBy.name}`}
              </span>
              <p className="break-all font-mono text-xs text-slate-500">SHA-256 {f.sha256}</p>
            </li>
          ))}
        </ul>
      )}
      {canUpload && !locked && (
        <div className="mt-4 border-t border-slate-100 pt-4 print:hidden">
          <UploadActionForm
            upload="iso-evidence"
            labels={uploadLabels(t, "files.upload", tooLarge)}
            action={attachEvidenceAction}
            submitLabel={t("iso.files.upload")}
            pendingLabel={t("iso.files.uploading")}
            idempotencyKey={randomUUID()}
          >
            <HiddenField name="recordType" value={recordType} />
            <HiddenField name="recordId" value={recordId} />
            <FileField
              name="file"
              label={t("iso.files.file")}
              hint={t("iso.files.hint")}
              required
              tooLargeMessage={tooLarge}
            />
          </UploadActionForm>
        </div>
      )}
      {canUpload && locked && <p className="mt-3 text-xs text-slate-600 print:hidden">{t("iso.files.locked")}</p>}
    </Card>
  );
}
