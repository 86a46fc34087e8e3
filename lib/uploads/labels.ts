import type { Translate } from "@/lib/i18n/translate";
import type { UploadLabels } from "./forms";

/**
 * An upload's progress texts in the user's language, from the keys uploading, processing,
 * progress, uploadFailed, cancel and cancelled under `prefix` (the files namespace's shared ones, or an import's
 * own, which say what processing means there); `tooLarge` is the form's own "file too large". Server components pass them to components/forms/
 * upload-action-form.tsx; the import forms, which translate in the browser, call it with useT().
 */
export function uploadLabels(t: Translate, prefix: string, tooLarge: string): UploadLabels {
  return {
    // the number is put in by the browser as the file goes up
    uploading: t(`${prefix}.uploading`, { percent: "{percent}" }),
    processing: t(`${prefix}.processing`),
    progress: t(`${prefix}.progress`),
    failed: t(`${prefix}.uploadFailed`),
    tooLarge,
    cancel: t(`${prefix}.cancel`),
    cancelled: t(`${prefix}.cancelled`),
  };
}
