"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import {
  addNarrativeMessage,
  addNarrativeMessageSchema,
  retireNarrativeMessage,
  retireNarrativeMessageSchema,
} from "./narrative";

export const addNarrativeMessageAction = formAction(
  addNarrativeMessageSchema,
  async (actor, input, { t }) => {
    await addNarrativeMessage(actor, input);
    revalidatePath("/publications/narrative");
    return { status: "success", message: t("publications.narrative.added") };
  },
  "narrative.manage",
);

export const retireNarrativeMessageAction = formAction(
  retireNarrativeMessageSchema,
  async (actor, input, { t }) => {
    await retireNarrativeMessage(actor, input);
    revalidatePath("/publications/narrative");
    return { status: "success", message: t("publications.narrative.retired") };
  },
  "narrative.manage",
);
