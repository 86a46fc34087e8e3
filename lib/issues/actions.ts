"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { addIssueUpdate, changeIssueStage, createIssue, triageIssue, updateIssue } from "./mutations";
import { explainConflict } from "./explain-conflict";
import {
  addIssueUpdateSchema,
  changeIssueStageSchema,
  createIssueSchema,
  triageIssueSchema,
  updateIssueSchema,
} from "./schemas";

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
    await explainConflict(t, () => addIssueUpdate(actor, input));
    revalidatePath(`/issues/${input.issueId}`);
    return { status: "success", message: t("issues.timeline.added") };
  },
  "issues.update",
);
