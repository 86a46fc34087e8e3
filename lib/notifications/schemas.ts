import { z } from "zod";
import { gatewayUrlProblem } from "./gateway-request";

export const markNotificationReadSchema = z.object({ id: z.uuid() });
export const markAllNotificationsReadSchema = z.object({});
export const notificationFilterSchema = z.object({
  unread: z.enum(["1"]).optional().catch(undefined),
  after: z.string().max(100).optional().catch(undefined),
});

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const updateChannelsSchema = z.object({
  emailEnabled: checkbox.default(false),
  whatsappEnabled: checkbox.default(false),
  /** "" = immediate, else one digest a day at HH:MM (Asia/Jakarta) */
  digestTime: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]).default(""),
});
export type UpdateChannelsInput = z.output<typeof updateChannelsSchema>;

export const requestPhoneCodeSchema = z.object({ phone: z.string().trim().min(8).max(24) });
export const confirmPhoneCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const removePhoneSchema = z.object({});

export const saveWhatsAppGatewaySchema = z.object({
  regencyId: z.uuid(),
  url: z
    .url({ protocol: /^https?$/ })
    .trim()
    .max(500)
    .superRefine((url, ctx) => {
      const problem = gatewayUrlProblem(url);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  /** blank keeps the token already saved */
  token: z.string().trim().max(500).default(""),
  template: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .refine((s) => s.includes("{{text}}")),
});
export type SaveWhatsAppGatewayInput = z.output<typeof saveWhatsAppGatewaySchema>;
