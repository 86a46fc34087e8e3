import type { ActivityKind } from "../schemas";
import { culture } from "./culture";
import { openQuestion } from "./open-question";
import { pollMultiple, pollSingle } from "./poll";
import { qna } from "./qna";
import { quiz } from "./quiz";
import { ranking } from "./ranking";
import { scale } from "./scale";
import type { ActivityKindSpec } from "./types";
import { wordCloud } from "./word-cloud";

/** Every activity kind: a new kind is one file here, one line below, and its messages. */
export const ACTIVITY_KIND_SPECS: Record<ActivityKind, ActivityKindSpec> = {
  poll_single: pollSingle,
  poll_multiple: pollMultiple,
  scale,
  ranking,
  word_cloud: wordCloud,
  open_question: openQuestion,
  qna,
  quiz,
  culture,
};

export function activityKind(kind: string): ActivityKindSpec {
  const spec = ACTIVITY_KIND_SPECS[kind as ActivityKind];
  if (!spec) throw new Error(`unknown activity kind ${kind}`);
  return spec;
}

export function optionList(options: unknown): string[] {
  return Array.isArray(options) ? options.filter((o): o is string => typeof o === "string") : [];
}

export type { ActivityKindSpec, ActivityResults, RankRow } from "./types";
