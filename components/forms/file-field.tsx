"use client";
import { useEffect, useRef, useState } from "react";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { inputClass, useField, Wrapper } from "./field";

/**
 * A file input that refuses a file over the upload limit before it is sent (a 10 MB upload
 * that the server refuses still costs the user the upload). The server checks again and its
 * field message shows in the same place when the browser runs no script.
 */
export function FileField({
  name,
  label,
  hint,
  required,
  tooLargeMessage,
  accept,
  maxBytes = MAX_FILE_BYTES,
}: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  tooLargeMessage: string;
  accept?: string;
  /** a smaller cap than the upload limit (an emblem: 512 KB) */
  maxBytes?: number;
}) {
  const { id, errors } = useField(name);
  const [tooLarge, setTooLarge] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    // a native listener runs before React's form action, and a prevented submit never reaches it
    const stopOversized = (e: SubmitEvent) => {
      const file = input.current?.files?.[0];
      if (file && file.size > maxBytes) {
        e.preventDefault();
        setTooLarge(true);
        input.current?.focus();
      }
    };
    form.addEventListener("submit", stopOversized);
    return () => form.removeEventListener("submit", stopOversized);
  }, [maxBytes]);
  const shown = tooLarge ? [tooLargeMessage] : errors;
  return (
    <Wrapper id={id} label={label} hint={hint} errors={shown} required={required}>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
        aria-invalid={shown?.length ? true : undefined}
        aria-describedby={shown?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
      />
    </Wrapper>
  );
}
