"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { formatTime } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { setQuizLeaderboard } from "./leaderboard";
import { applyVerdictSchema, setLeaderboardSchema, startTimerSchema, stopTimerSchema } from "./schemas";
import { startActivityTimer, stopActivityTimer } from "./timer";
import { applyRankingVerdict } from "./verdict-mutations";

// The facilitator's tools beside the activities: a countdown, the quiz leaderboard, and the
// coordinator's "apply this ranking to the issues".

const refresh = () => revalidatePath("/workshops", "layout");

export const startTimerAction = formAction(
  startTimerSchema,
  async (actor, input, { t }) => {
    const seconds = input.preset === "custom" ? (input.minutes ?? 1) * 60 : Number(input.preset);
    const { endsAt, timeZone } = await startActivityTimer(actor, { activityId: input.activityId, seconds });
    refresh();
    return {
      status: "success",
      message: t("workshops.timer.started", { time: formatTime(endsAt, await getLocale(), timeZone) }),
    };
  },
  "workshops.manage",
);

export const stopTimerAction = formAction(
  stopTimerSchema,
  async (actor, input, { t }) => {
    await stopActivityTimer(actor, input);
    refresh();
    return { status: "success", message: t("workshops.timer.stopped") };
  },
  "workshops.manage",
);

export const setLeaderboardAction = formAction(
  setLeaderboardSchema,
  async (actor, input, { t }) => {
    await setQuizLeaderboard(actor, input);
    refresh();
    return {
      status: "success",
      message: t(input.shown ? "workshops.quiz.leaderboardShown" : "workshops.quiz.leaderboardHidden"),
    };
  },
  "workshops.manage",
);

export const applyVerdictAction = formAction(
  applyVerdictSchema,
  async (actor, input, { t }) => {
    const { applied } = await applyRankingVerdict(actor, input);
    refresh();
    revalidatePath("/issues", "layout");
    return {
      status: "success",
      message: applied ? t("workshops.verdict.applied", { count: applied }) : t("workshops.verdict.alreadyApplied"),
    };
  },
  "issues.manage",
);
