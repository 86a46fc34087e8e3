import { z } from "zod";

export const markNotificationReadSchema = z.object({ id: z.uuid() });
export const markAllNotificationsReadSchema = z.object({});
export const notificationFilterSchema = z.object({
  unread: z.enum(["1"]).optional().catch(undefined),
  after: z.string().max(100).optional().catch(undefined),
});
