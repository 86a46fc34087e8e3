"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { closeSurvey, createSurvey, updateSurveyDates } from "./mutations";
import { closeSurveySchema, createSurveySchema, updateSurveyDatesSchema } from "./schemas";

export const createSurveyAction = formAction(
  createSurveySchema,
  async (actor, input) => {
    const { id } = await createSurvey(actor, input);
    revalidatePath("/culture/surveys");
    redirect(`/culture/surveys/${id}`);
  },
  "culture.manage",
);

export const updateSurveyDatesAction = formAction(
  updateSurveyDatesSchema,
  async (actor, input, { t }) => {
    await updateSurveyDates(actor, input);
    revalidatePath(`/culture/surveys/${input.surveyId}`);
    return { status: "success", message: t("culture.surveys.datesSaved") };
  },
  "culture.manage",
);

export const closeSurveyAction = formAction(
  closeSurveySchema,
  async (actor, input, { t }) => {
    await closeSurvey(actor, input);
    revalidatePath(`/culture/surveys/${input.surveyId}`);
    return { status: "success", message: t("culture.surveys.closedNow") };
  },
  "culture.manage",
);
