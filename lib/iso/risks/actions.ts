"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createRisk, updateRisk } from "./mutations";
import { createRiskSchema, updateRiskSchema } from "./schemas";

export const createRiskAction = formAction(
  createRiskSchema,
  async (actor, input, { t }) => {
    await createRisk(actor, input);
    revalidatePath("/iso/risks");
    return { status: "success", message: t("iso.risk.created") };
  },
  "iso.manage",
);

export const updateRiskAction = formAction(
  updateRiskSchema,
  async (actor, input, { t }) => {
    await updateRisk(actor, input);
    revalidatePath("/iso/risks");
    return { status: "success", message: t("common.saved") };
  },
  "iso.manage",
);
