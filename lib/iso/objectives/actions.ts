"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createObjective, recordMeasurement } from "./mutations";
import { createObjectiveSchema, recordMeasurementSchema } from "./schemas";

export const createObjectiveAction = formAction(
  createObjectiveSchema,
  async (actor, input, { t }) => {
    await createObjective(actor, input);
    revalidatePath("/iso/objectives");
    return { status: "success", message: t("iso.objective.created") };
  },
  "iso.manage",
);

export const recordMeasurementAction = formAction(
  recordMeasurementSchema,
  async (actor, input, { t }) => {
    await recordMeasurement(actor, input);
    revalidatePath("/iso/objectives");
    return { status: "success", message: t("iso.objective.measured") };
  },
  "iso.manage",
);
