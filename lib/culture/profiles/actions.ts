"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { setGapThreshold } from "./mutations";
import { setGapThresholdSchema } from "./schemas";

export const setGapThresholdAction = formAction(
  setGapThresholdSchema,
  async (actor, input, { t }) => {
    await setGapThreshold(actor, input);
    revalidatePath("/culture", "layout");
    return { status: "success", message: t("common.saved") };
  },
  "culture.manage",
);
