"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createCoverage, updateCoverage } from "./mutations";
import { createCoverageSchema, updateCoverageSchema } from "./schemas";

export const createCoverageAction = formAction(
  createCoverageSchema,
  async (actor, input, { t }) => {
    await createCoverage(actor, input);
    revalidatePath("/publications/media");
    return { status: "success", message: t("media.created") };
  },
  "media.manage",
);

export const updateCoverageAction = formAction(
  updateCoverageSchema,
  async (actor, input, { t }) => {
    await updateCoverage(actor, input);
    revalidatePath("/publications/media");
    return { status: "success", message: t("common.saved") };
  },
  "media.manage",
);
