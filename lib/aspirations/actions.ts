"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import {
  acceptAspiration,
  answerAspiration,
  closeAspiration,
  forwardAspiration,
  rejectAspiration,
  verifyAspiration,
} from "./mutations";
import {
  acceptAspirationSchema,
  answerAspirationSchema,
  closeAspirationSchema,
  createReplyTemplateSchema,
  deleteReplyTemplateSchema,
  forwardAspirationSchema,
  rejectAspirationSchema,
  updateAspirationDeadlinesSchema,
  updateReplyTemplateSchema,
  verifyAspirationSchema,
} from "./schemas";
import {
  createReplyTemplate,
  deleteReplyTemplate,
  updateAspirationDeadlines,
  updateReplyTemplate,
} from "./settings-mutations";

const refresh = (id: string) => {
  revalidatePath(`/aspirations/${id}`);
  revalidatePath("/aspirations");
};

export const verifyAspirationAction = formAction(
  verifyAspirationSchema,
  async (actor, input, { t }) => {
    await verifyAspiration(actor, input);
    refresh(input.id);
    return { status: "success", message: t("aspirations.done.verified") };
  },
  "aspirations.triage",
);

export const acceptAspirationAction = formAction(
  acceptAspirationSchema,
  async (actor, input, { t }) => {
    await acceptAspiration(actor, input);
    refresh(input.id);
    revalidatePath("/issues", "layout");
    return { status: "success", message: t("aspirations.done.accepted") };
  },
  "aspirations.triage",
);

export const forwardAspirationAction = formAction(
  forwardAspirationSchema,
  async (actor, input, { t }) => {
    await forwardAspiration(actor, input);
    refresh(input.id);
    return { status: "success", message: t("aspirations.done.forwarded") };
  },
  "aspirations.triage",
);

export const answerAspirationAction = formAction(
  answerAspirationSchema,
  async (actor, input, { t }) => {
    await answerAspiration(actor, input);
    refresh(input.id);
    return { status: "success", message: t("aspirations.done.answered") };
  },
  "aspirations.answer",
);

export const rejectAspirationAction = formAction(
  rejectAspirationSchema,
  async (actor, input, { t }) => {
    await rejectAspiration(actor, input);
    refresh(input.id);
    return { status: "success", message: t("aspirations.done.rejected") };
  },
  "aspirations.triage",
);

export const closeAspirationAction = formAction(
  closeAspirationSchema,
  async (actor, input, { t }) => {
    await closeAspiration(actor, input);
    refresh(input.id);
    return { status: "success", message: t("aspirations.done.closed") };
  },
  "aspirations.triage",
);

export const updateAspirationDeadlinesAction = formAction(
  updateAspirationDeadlinesSchema,
  async (actor, input, { t }) => {
    await updateAspirationDeadlines(actor, input);
    revalidatePath("/aspirations/settings");
    return { status: "success", message: t("common.saved") };
  },
  "aspirations.settings",
);

export const createReplyTemplateAction = formAction(
  createReplyTemplateSchema,
  async (actor, input, { t }) => {
    await createReplyTemplate(actor, input);
    revalidatePath("/aspirations", "layout");
    return { status: "success", message: t("aspirations.templates.created") };
  },
  "replyTemplates.manage",
);

export const updateReplyTemplateAction = formAction(
  updateReplyTemplateSchema,
  async (actor, input, { t }) => {
    await updateReplyTemplate(actor, input);
    revalidatePath("/aspirations", "layout");
    return { status: "success", message: t("common.saved") };
  },
  "replyTemplates.manage",
);

export const deleteReplyTemplateAction = formAction(
  deleteReplyTemplateSchema,
  async (actor, input, { t }) => {
    await deleteReplyTemplate(actor, input);
    revalidatePath("/aspirations", "layout");
    return { status: "success", message: t("aspirations.templates.deleted") };
  },
  "replyTemplates.manage",
);
