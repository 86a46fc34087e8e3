import { buttonClass } from "@/components/ui/button";
import type { UploadLabels } from "@/lib/uploads/forms";
import type { UploadProgress } from "./use-upload";

/**
 * "Mengunggah berkas… 42%", a bar and a cancel button while the file goes up (minutes for 10 MB
 * on a 3G uplink); a pulsing bar while the server works.
 */
export function UploadProgressBar({
  progress,
  labels,
  onCancel,
}: {
  progress: UploadProgress | null;
  labels: UploadLabels;
  onCancel: () => void;
}) {
  if (!progress) return null;
  const processing = progress === "processing";
  return (
    <div className="space-y-2">
      <div role="status" aria-live="polite" className="space-y-1">
        <p className="text-sm text-slate-800">
          {processing ? labels.processing : labels.uploading.replace("{percent}", String(progress.percent))}
        </p>
        {/* no value while the server works: the bar pulses instead */}
        <div
          role="progressbar"
          aria-label={labels.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={processing ? undefined : progress.percent}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className={`h-full rounded-full bg-emerald-600 transition-[width] ${processing ? "animate-pulse" : ""}`}
            style={{ width: `${processing ? 100 : progress.percent}%` }}
          />
        </div>
      </div>
      {/* outside the live region: only the progress is announced */}
      {!processing && (
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {labels.cancel}
        </button>
      )}
    </div>
  );
}
