"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import {
  createActivity,
  createWorkshop,
  deleteActivity,
  moderateEntry,
  moveActivity,
  removeParticipantEntries,
  saveActivityAsTemplate,
  setActivityState,
  setResultsVisible,
  setWorkshopLocked,
  updateActivity,
  updateWorkshop,
  useActivityTemplate,
} from "./mutations";
import {
  activityRefSchema,
  addSessionSchema,
  sessionRefSchema,
  createActivitySchema,
  createWorkshopSchema,
  deleteActivitySchema,
  entryToIssueSchema,
  entriesToPotentialsSchema,
  moderateEntrySchema,
  moveActivitySchema,
  removeParticipantEntriesSchema,
  setActivityStateSchema,
  setLockedSchema,
  setResultsVisibleSchema,
  updateActivitySchema,
  updateWorkshopSchema,
  useTemplateSchema,
} from "./schemas";
import { addSession, deleteSession, endSession, startSession } from "./sessions/mutations";
import { entryToIssue } from "./to-issue";
import { entriesToPotentials } from "./to-potential";

const refresh = () => revalidatePath("/workshops", "layout");

export const createWorkshopAction = formAction(
  createWorkshopSchema,
  async (actor, input) => {
    const { id } = await createWorkshop(actor, input);
    refresh();
    redirect(`/workshops/${id}`);
  },
  "workshops.manage",
);

export const updateWorkshopAction = formAction(
  updateWorkshopSchema,
  async (actor, input, { t }) => {
    await updateWorkshop(actor, input);
    refresh();
    return { status: "success", message: t("workshops.saved") };
  },
  "workshops.manage",
);

export const setWorkshopLockedAction = formAction(
  setLockedSchema,
  async (actor, input, { t }) => {
    await setWorkshopLocked(actor, input);
    refresh();
    return {
      status: "success",
      message: t(input.locked ? "workshops.control.lockedMessage" : "workshops.control.unlockedMessage"),
    };
  },
  "workshops.manage",
);

export const createActivityAction = formAction(
  createActivitySchema,
  async (actor, input, { t }) => {
    await createActivity(actor, input);
    refresh();
    return { status: "success", message: t("workshops.activities.created") };
  },
  "workshops.manage",
);

export const updateActivityAction = formAction(
  updateActivitySchema,
  async (actor, input, { t }) => {
    await updateActivity(actor, input);
    refresh();
    return { status: "success", message: t("workshops.saved") };
  },
  "workshops.manage",
);

export const moveActivityAction = formAction(
  moveActivitySchema,
  async (actor, input) => {
    await moveActivity(actor, input);
    refresh();
  },
  "workshops.manage",
);

export const deleteActivityAction = formAction(
  deleteActivitySchema,
  async (actor, input, { t }) => {
    await deleteActivity(actor, input);
    refresh();
    return { status: "success", message: t("workshops.activities.deleted") };
  },
  "workshops.manage",
);

export const saveTemplateAction = formAction(
  activityRefSchema,
  async (actor, input, { t }) => {
    await saveActivityAsTemplate(actor, input);
    refresh();
    return { status: "success", message: t("workshops.activities.templateSaved") };
  },
  "workshops.manage",
);

export const useTemplateAction = formAction(
  useTemplateSchema,
  async (actor, input, { t }) => {
    await useActivityTemplate(actor, input);
    refresh();
    return { status: "success", message: t("workshops.activities.created") };
  },
  "workshops.manage",
);

export const setActivityStateAction = formAction(
  setActivityStateSchema,
  async (actor, input) => {
    await setActivityState(actor, input);
    refresh();
  },
  "workshops.manage",
);

export const setResultsVisibleAction = formAction(
  setResultsVisibleSchema,
  async (actor, input) => {
    await setResultsVisible(actor, input);
    refresh();
  },
  "workshops.manage",
);

export const moderateEntryAction = formAction(
  moderateEntrySchema,
  async (actor, input) => {
    await moderateEntry(actor, input);
    refresh();
  },
  "workshops.manage",
);

export const removeParticipantEntriesAction = formAction(
  removeParticipantEntriesSchema,
  async (actor, input, { t }) => {
    const { count } = await removeParticipantEntries(actor, input);
    refresh();
    return { status: "success", message: t("workshops.control.entriesRemoved", { count }) };
  },
  "workshops.manage",
);

export const entryToIssueAction = formAction(
  entryToIssueSchema,
  async (actor, input, { t }) => {
    const issue = await entryToIssue(actor, input);
    refresh();
    return {
      status: "success",
      message: t("workshops.control.issueCreated", { number: issue.number }),
      data: { issueId: issue.id },
    };
  },
  "workshops.manage",
);

export const entriesToPotentialsAction = formAction(
  entriesToPotentialsSchema,
  async (actor, input, { t }) => {
    const r = await entriesToPotentials(actor, input);
    refresh();
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("workshops.potentials.created", { count: r.created }) };
  },
  "workshops.manage",
);

export const addSessionAction = formAction(
  addSessionSchema,
  async (actor, input, { t }) => {
    await addSession(actor, input);
    refresh();
    return { status: "success", message: t("workshops.sessions.added") };
  },
  "workshops.manage",
);

export const startSessionAction = formAction(
  sessionRefSchema,
  async (actor, input, { t }) => {
    await startSession(actor, input);
    refresh();
    return { status: "success", message: t("workshops.sessions.startedMessage") };
  },
  "workshops.manage",
);

export const endSessionAction = formAction(
  sessionRefSchema,
  async (actor, input, { t }) => {
    await endSession(actor, input);
    refresh();
    return { status: "success", message: t("workshops.sessions.endedMessage") };
  },
  "workshops.manage",
);

export const deleteSessionAction = formAction(
  sessionRefSchema,
  async (actor, input, { t }) => {
    await deleteSession(actor, input);
    refresh();
    return { status: "success", message: t("workshops.sessions.deleted") };
  },
  "workshops.manage",
);
