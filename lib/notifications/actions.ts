"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "./schemas";

export const markNotificationReadAction = formAction(
  markNotificationReadSchema,
  async (actor, input, { formData, t }) => {
    const { link } = await markNotificationRead(actor, input.id);
    revalidatePath("/", "layout");
    const target = safeRedirectPath(link, "");
    if (formData.get("open") === "1" && target) redirect(target);
    return { status: "success", message: t("notifications.markedRead") };
  },
  "signed-in",
);

export const markAllNotificationsReadAction = formAction(
  markAllNotificationsReadSchema,
  async (actor, _input, { t }) => {
    const count = await markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return { status: "success", message: t("notifications.allMarkedRead", { count }) };
  },
  "signed-in",
);
