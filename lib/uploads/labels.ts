import type { Translate } from "@/lib/i18n/translate";
import type { UploadLabels } from "./forms";

/** The progress texts of components/forms/upload-action-form.tsx in the user's language. */
export function uploadLabels(t: Translate): UploadLabels {
  return {
    // the number is put in by the browser as the file goes up
    uploading: t("files.upload.uploading", { percent: "{percent}" }),
    processing: t("files.upload.processing"),
    progress: t("files.upload.progress"),
    failed: t("files.upload.failed"),
  };
}
