// Shared by the ISO integration tests (not shipped: imported only from *.test.ts).
import { expect } from "vitest";
import { AppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";

const tId = createTranslator(loadMessages("id"));

/** The refusal is an AppError with this code and a message that exists in Indonesian. */
export async function expectRefusal(p: Promise<unknown>, code: AppError["code"], messageKey: string): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).userMessage).toBe(messageKey);
  const text = tId(messageKey, (err as AppError).values);
  expect(text).not.toBe(messageKey); // translated, not the bare key
  return text;
}
