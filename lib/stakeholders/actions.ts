"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createExpert, createStakeholder, updateExpert, updateStakeholder } from "./mutations";
import { createExpertSchema, createStakeholderSchema, updateExpertSchema, updateStakeholderSchema } from "./schemas";

export const createStakeholderAction = formAction(
  createStakeholderSchema,
  async (actor, input, { t }) => {
    await createStakeholder(actor, input);
    revalidatePath("/publications/stakeholders");
    return { status: "success", message: t("stakeholders.created") };
  },
  "media.manage",
);

export const updateStakeholderAction = formAction(
  updateStakeholderSchema,
  async (actor, input, { t }) => {
    await updateStakeholder(actor, input);
    revalidatePath("/publications/stakeholders");
    return { status: "success", message: t("common.saved") };
  },
  "media.manage",
);

export const createExpertAction = formAction(
  createExpertSchema,
  async (actor, input, { t }) => {
    await createExpert(actor, input);
    revalidatePath("/publications/network");
    return { status: "success", message: t("stakeholders.network.created") };
  },
  "media.manage",
);

export const updateExpertAction = formAction(
  updateExpertSchema,
  async (actor, input, { t }) => {
    await updateExpert(actor, input);
    revalidatePath("/publications/network");
    return { status: "success", message: t("common.saved") };
  },
  "media.manage",
);
