"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createAgency, updateAgency } from "./mutations";
import { createAgencySchema, updateAgencySchema } from "./schemas";

export const createAgencyAction = formAction(
  createAgencySchema,
  async (actor, input, { t }) => {
    await createAgency(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("agencies.created", { name: input.name }) };
  },
  "leadership.manage",
);

export const updateAgencyAction = formAction(
  updateAgencySchema,
  async (actor, input, { t }) => {
    await updateAgency(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("agencies.updated") };
  },
  "leadership.manage",
);
