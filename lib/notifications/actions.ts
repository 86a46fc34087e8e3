"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "./schemas";

export const markNotificationReadAction = formAction(markNotificationReadSchema, async (actor, input, { formData, t }) => {
  const { link } = await markNotificationRead(actor, input.id);
  revalidatePath("/", "layout");
  if (formData.get("open") === "1" && link?.startsWith("/")) redirect(link);
  return { status: "success", message: t("notifications.markedRead") };
}, "signed-in");

export const markAllNotificationsReadAction = formAction(markAllNotificationsReadSchema, async (actor, _input, { t }) => {
  const count = await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
  return { status: "success", message: t("notifications.allMarkedRead", { count }) };
}, "signed-in");
