"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormState } from "@/lib/action-state";
import { uploadPath, type UploadForm, type UploadLabels } from "@/lib/uploads/forms";
import { ActionForm, type ActionFormProps } from "./action-form";
import { UploadProgressBar } from "./upload-progress-bar";
import { useUpload } from "./use-upload";

/**
 * An ActionForm whose file goes up with a progress bar: with JavaScript the form is sent with
 * XMLHttpRequest to POST /api/uploads/<upload>, which runs this same server action (lib/uploads/
 * route.ts); without it, or without a file chosen, the form posts to the action as always.
 * `labels` come translated from the server (no message catalogue needed in the browser).
 */
export function UploadActionForm({
  upload,
  labels,
  ...props
}: ActionFormProps & { upload: UploadForm; labels: UploadLabels }) {
  const router = useRouter();
  const [shown, setShown] = useState<FormState | null>(null);
  const [refreshing, startRefresh] = useTransition();
  // A server action's answer brings the page's new data with it; the upload's does not. "Saved"
  // shows in the same transition as the refreshed page, so the new file is listed when it says so.
  const { progress, onSubmit, cancel } = useUpload(uploadPath(upload), labels, {
    onAnswer: (state) => {
      if (state?.status !== "success") return setShown(state);
      startRefresh(() => {
        setShown(state);
        router.refresh();
      });
    },
  });
  return (
    <ActionForm
      {...props}
      answer={shown}
      onSubmitForm={onSubmit}
      busy={progress !== null || refreshing}
      status={<UploadProgressBar progress={progress} labels={labels} onCancel={cancel} />}
    />
  );
}
