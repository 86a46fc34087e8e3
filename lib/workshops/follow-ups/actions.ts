"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { createFollowUpFromEntry, setFollowUpStatus } from "./mutations";
import { createFollowUpSchema, setFollowUpStatusSchema } from "./schemas";

export const createFollowUpAction = formAction(
  createFollowUpSchema,
  async (actor, input, { t }) => {
    const f = await createFollowUpFromEntry(actor, input);
    revalidatePath("/workshops", "layout");
    revalidatePath(`/issues/${f.issueId}`);
    return {
      status: "success",
      message: t("workshops.followUps.created", { number: f.number }),
      data: { issueId: f.issueId },
    };
  },
  "workshops.manage",
);

export const setFollowUpStatusAction = formAction(
  setFollowUpStatusSchema,
  async (actor, input, { t }) => {
    await setFollowUpStatus(actor, input);
    revalidatePath("/issues", "layout");
    return { status: "success", message: t("workshops.followUps.statusSaved") };
  },
  "issues.update",
);
