import type { z } from "zod";
import type { Translate, TranslateValues } from "@/lib/i18n/translate";

/**
 * Zod issues to field messages in the user's language. A schema's own message is a
 * translation key ("issues.errors.x"); built-in issues map to common.validation.*.
 */
export function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const own = issue.message;
  // a custom issue may carry values for its message ("{points} poin lagi")
  if (own && /^[a-z]+\.[\w.]+$/.test(own))
    return t(own, issue.code === "custom" ? (issue.params as TranslateValues | undefined) : undefined);
  const i = issue as z.core.$ZodIssue & {
    minimum?: number | bigint;
    maximum?: number | bigint;
    origin?: string;
    input?: unknown;
    format?: string;
  };
  switch (issue.code) {
    case "invalid_type":
      return i.input === undefined || i.input === ""
        ? t("common.validation.required")
        : t("common.validation.invalidType");
    case "too_small":
      if (i.origin === "string")
        return Number(i.minimum) <= 1
          ? t("common.validation.required")
          : t("common.validation.tooShort", { min: Number(i.minimum) });
      if (i.origin === "array" || i.origin === "set")
        return t("common.validation.tooFewItems", { min: Number(i.minimum) });
      return t("common.validation.tooSmall", { min: String(i.minimum) });
    case "too_big":
      if (i.origin === "string") return t("common.validation.tooLong", { max: Number(i.maximum) });
      if (i.origin === "array" || i.origin === "set")
        return t("common.validation.tooManyItems", { max: Number(i.maximum) });
      return t("common.validation.tooBig", { max: String(i.maximum) });
    case "invalid_format":
      return i.format === "email"
        ? t("common.validation.email")
        : i.format === "url"
          ? t("common.validation.url")
          : t("common.validation.format");
    case "invalid_value":
      return t("common.validation.choice");
    default:
      return t("common.validation.invalid");
  }
}

export function translateIssues(issues: z.core.$ZodIssue[], t: Translate): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(translateIssue(issue, t));
  }
  return out;
}
