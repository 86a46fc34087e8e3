"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import {
  addIssueUpdate,
  changeIssueStage,
  createIssue,
  IssueConflictError,
  triageIssue,
  updateIssue,
} from "./mutations";
import {
  addIssueUpdateSchema,
  changeIssueStageSchema,
  createIssueSchema,
  triageIssueSchema,
  updateIssueSchema,
} from "./schemas";

/** A stale save names the fields others changed, and who changed them, in the user's language. */
async function explainConflict<T>(t: Translate, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof IssueConflictError)) throw e;
    const fields = e.changedFields.map((f) => t(`issues.fields.${f}`));
    throw new AppError(
      "CONFLICT",
      "issues.errors.conflict",
      Object.fromEntries(e.changedFields.map((f) => [f, ["issues.errors.changedMeanwhile"]])),
      { fields: fields.join(", ") || "—", by: e.changedBy.join(", ") || "—" },
    );
  }
}

export const createIssueAction = formAction(
  createIssueSchema,
  async (actor, input) => {
    const { id } = await createIssue(actor, input);
    revalidatePath("/issues");
    redirect(`/issues/${id}`);
  },
  "issues.propose",
);

export const updateIssueAction = formAction(
  updateIssueSchema,
  async (actor, input, { t }) => {
    await explainConflict(t, () => updateIssue(actor, input));
    revalidatePath(`/issues/${input.issueId}`);
    redirect(`/issues/${input.issueId}`);
  },
  "issues.manage",
);

export const triageIssueAction = formAction(
  triageIssueSchema,
  async (actor, input, { t }) => {
    await explainConflict(t, () => triageIssue(actor, input));
    revalidatePath("/issues");
    return { status: "success", message: t(`issues.triage.done.${input.decision}`) };
  },
  "issues.triage",
);

export const changeIssueStageAction = formAction(
  changeIssueStageSchema,
  async (actor, input, { t }) => {
    await explainConflict(t, () => changeIssueStage(actor, input));
    revalidatePath(`/issues/${input.issueId}`);
    return { status: "success", message: t("issues.stage.changed", { stage: t(`issues.stages.${input.stage}`) }) };
  },
  "issues.update",
);

export const addIssueUpdateAction = formAction(
  addIssueUpdateSchema,
  async (actor, input, { t }) => {
    await addIssueUpdate(actor, input);
    revalidatePath(`/issues/${input.issueId}`);
    return { status: "success", message: t("issues.timeline.added") };
  },
  "issues.update",
);
