"use client";
import { useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/action-state";

/** How far an upload is: the percent of the body sent, then the server's turn. */
export type UploadProgress = { percent: number } | "processing";

/**
 * Sends a form with XMLHttpRequest to `url` (fetch cannot report upload progress), so a slow
 * link shows how much of the file has gone up. `onSubmit` takes over only when a file is chosen
 * and nothing before it stopped the submit (FileField's size check, a declined confirm);
 * otherwise the form posts to its server action as always. `answer` is the server's FormState
 * (JSON), or a "not sent" error when the link dropped or the user cancelled.
 */
export function useUpload(
  url: string,
  labels: { failed: string; cancelled: string; tooLarge: string },
  options: {
    /** a larger file is refused here, before minutes of upload that the server would refuse */
    maxBytes?: number;
    /** told of every answer as it comes (a form that shows it its own way) */
    onAnswer?: (state: FormState | null) => void;
  } = {},
) {
  const { maxBytes, onAnswer } = options;
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [answer, keepAnswer] = useState<FormState | null>(null);
  const setAnswer = (state: FormState | null) => {
    keepAnswer(state);
    onAnswer?.(state);
  };
  /** the upload under way: set at once, so a double click before the next render sends one */
  const sending = useRef<XMLHttpRequest | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return;
    const form = event.currentTarget;
    const files = [...form.querySelectorAll<HTMLInputElement>('input[type="file"]')].flatMap((i) => [
      ...(i.files ?? []),
    ]);
    // no file: the server action says so beside the field, as it always did
    if (files.length === 0 || typeof XMLHttpRequest === "undefined") return setAnswer(null);
    event.preventDefault();
    if (maxBytes !== undefined && files.some((f) => f.size > maxBytes))
      return setAnswer({ status: "error", message: labels.tooLarge });
    if (sending.current) return; // one upload at a time
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const body = new FormData(form, submitter instanceof HTMLButtonElement ? submitter : null);
    const xhr = new XMLHttpRequest();
    sending.current = xhr;
    const done = (state: FormState) => {
      sending.current = null;
      setProgress(null);
      setAnswer(state);
    };
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress({ percent: Math.min(100, Math.floor((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => setProgress("processing");
    xhr.onload = () => {
      if (xhr.status === 413) return done({ status: "error", message: labels.tooLarge });
      let state: FormState | null = null;
      try {
        state = JSON.parse(xhr.responseText) as FormState;
      } catch {}
      done(state?.status ? state : { status: "error", message: labels.failed });
    };
    xhr.onerror = xhr.ontimeout = () => done({ status: "error", message: labels.failed });
    xhr.onabort = () => done({ status: "error", message: labels.cancelled });
    // nothing from an earlier submit stays on screen while this one goes up
    setAnswer({ status: "idle" });
    setProgress({ percent: 0 });
    xhr.send(body);
  };
  /** Stops the upload while the file is still going up (once it is all sent, the server acts on it). */
  const cancel = () => {
    if (progress !== "processing") sending.current?.abort();
  };
  return { progress, answer, onSubmit, cancel };
}
