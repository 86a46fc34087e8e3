"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import {
  confirmPhoneCode,
  markAllNotificationsRead,
  markNotificationRead,
  removeMyPhone,
  requestPhoneCode,
  saveWhatsAppGateway,
  updateMyChannels,
} from "./mutations";
import {
  confirmPhoneCodeSchema,
  markAllNotificationsReadSchema,
  markNotificationReadSchema,
  removePhoneSchema,
  requestPhoneCodeSchema,
  saveWhatsAppGatewaySchema,
  updateChannelsSchema,
} from "./schemas";

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

export const updateChannelsAction = formAction(
  updateChannelsSchema,
  async (actor, input, { t }) => {
    await updateMyChannels(actor, input);
    revalidatePath("/account");
    return { status: "success", message: t("notifications.channels.saved") };
  },
  "signed-in",
);

export const requestPhoneCodeAction = formAction(
  requestPhoneCodeSchema,
  async (actor, input, { t }) => {
    await requestPhoneCode(actor, input.phone);
    revalidatePath("/account");
    return { status: "success", message: t("notifications.channels.codeSent") };
  },
  "signed-in",
);

export const confirmPhoneCodeAction = formAction(
  confirmPhoneCodeSchema,
  async (actor, input, { t }) => {
    await confirmPhoneCode(actor, input.code);
    revalidatePath("/account");
    return { status: "success", message: t("notifications.channels.verified") };
  },
  "signed-in",
);

export const removePhoneAction = formAction(
  removePhoneSchema,
  async (actor, _input, { t }) => {
    await removeMyPhone(actor);
    revalidatePath("/account");
    return { status: "success", message: t("notifications.channels.phoneRemoved") };
  },
  "signed-in",
);

export const saveWhatsAppGatewayAction = formAction(
  saveWhatsAppGatewaySchema,
  async (actor, input, { t }) => {
    await saveWhatsAppGateway(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("notifications.gateway.saved") };
  },
  "regency.manage",
);
