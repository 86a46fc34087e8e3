import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { diff, recordAudit } from "@/lib/audit/record";
import { assertMemberCan } from "@/lib/auth/regency-access";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import {
  CODE_MAX_ATTEMPTS,
  CODE_MIN_INTERVAL_MS,
  CODE_TTL_MS,
  CODE_WINDOW_MS,
  CODES_PER_WINDOW,
  codeMatches,
  digestMinuteOf,
  digestTimeOf,
  hashCode,
  maskPhone,
  newCode,
  normalisePhone,
} from "./channels";
import { openSecret, sealSecret } from "@/lib/security/secret-box";
import { GATEWAY_TOKEN_PURPOSE } from "./gateway-request";
import type { SaveWhatsAppGatewayInput, UpdateChannelsInput } from "./schemas";

// Reading is the user's own business: no audit row, and nobody else's notifications are reachable.

export async function markNotificationRead(actor: Actor, id: string): Promise<{ link: string | null }> {
  const n = await db.notification.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, link: true, readAt: true },
  });
  if (!n) throw new AppError("NOT_FOUND");
  if (!n.readAt) await db.notification.update({ where: { id: n.id }, data: { readAt: new Date() } });
  return { link: n.link };
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const res = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return res.count;
}

// ---------------------------------------------------------------------------------------------
// Channels: each user's own (audited, the number masked), and a regency's WhatsApp gateway.

const ownPreference = (tx: Tx, userId: string) =>
  tx.notificationPreference.upsert({ where: { userId }, create: { userId }, update: {} });

/** Locks the actor's preference row (creating it): rate limits and codes hold across requests. */
async function lockPreference(tx: Tx, userId: string) {
  await ownPreference(tx, userId);
  await tx.$queryRaw`SELECT 1 FROM "NotificationPreference" WHERE "userId" = ${userId}::uuid FOR UPDATE`;
  return tx.notificationPreference.findUniqueOrThrow({ where: { userId } });
}

export async function updateMyChannels(actor: Actor, input: UpdateChannelsInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockPreference(tx, actor.id);
    if (input.whatsappEnabled && !before.phoneVerifiedAt)
      throw new AppError("INVALID", "notifications.channels.verifyFirst", {
        whatsappEnabled: ["notifications.channels.verifyFirst"],
      });
    const digestMinute = digestMinuteOf(input.digestTime);
    await tx.notificationPreference.update({
      where: { userId: actor.id },
      data: { emailEnabled: input.emailEnabled, whatsappEnabled: input.whatsappEnabled, digestMinute },
    });
    const changes = diff(
      { ...before, digestTime: digestTimeOf(before.digestMinute) },
      { ...input, digestTime: digestTimeOf(digestMinute) },
      ["emailEnabled", "whatsappEnabled", "digestTime"],
    );
    if (Object.keys(changes).length)
      await recordAudit(tx, actor, "user.notification_channels_changed", { type: "user", id: actor.id }, changes);
  });
}

/** Sends a 6-digit code to the number through a gateway of the actor's regencies (rate-limited). */
export async function requestPhoneCode(actor: Actor, rawPhone: string): Promise<void> {
  const phone = normalisePhone(rawPhone);
  if (!phone)
    throw new AppError("INVALID", "notifications.channels.phoneInvalid", {
      phone: ["notifications.channels.phoneInvalid"],
    });
  const gateway = await db.whatsAppGateway.findFirst({
    where: { regency: { memberships: { some: { userId: actor.id } } } },
    orderBy: { regencyId: "asc" },
    select: { regencyId: true },
  });
  if (!gateway) throw new AppError("INVALID", "notifications.channels.noGateway");
  const t = createTranslator(loadMessages("id"));
  await db.$transaction(async (tx) => {
    const p = await lockPreference(tx, actor.id);
    const now = Date.now();
    if (p.codeSentAt && now - p.codeSentAt.getTime() < CODE_MIN_INTERVAL_MS)
      throw new AppError("RATE_LIMITED", "notifications.channels.codeTooSoon");
    const newWindow = !p.codeWindowAt || now - p.codeWindowAt.getTime() > CODE_WINDOW_MS;
    if (!newWindow && p.codesInWindow >= CODES_PER_WINDOW)
      throw new AppError("RATE_LIMITED", "notifications.channels.codeTooMany");
    const code = newCode();
    await tx.notificationPreference.update({
      where: { userId: actor.id },
      data: {
        pendingPhone: phone,
        codeHash: hashCode(actor.id, phone, code),
        codeExpiresAt: new Date(now + CODE_TTL_MS),
        codeAttempts: 0,
        codeSentAt: new Date(now),
        ...(newWindow ? { codeWindowAt: new Date(now), codesInWindow: 1 } : { codesInWindow: { increment: 1 } }),
      },
    });
    await tx.outboundMessage.create({
      data: {
        channel: "whatsapp",
        purpose: "verification",
        userId: actor.id,
        regencyId: gateway.regencyId,
        to: phone,
        body: t("notifications.channels.codeMessage", { code }),
      },
    });
    await recordAudit(
      tx,
      actor,
      "user.phone_code_sent",
      { type: "user", id: actor.id },
      { phone: [null, maskPhone(phone)] },
    );
  });
}

/** Verifies the pending number with its code; five wrong codes or ten minutes end the code. */
export async function confirmPhoneCode(actor: Actor, code: string): Promise<void> {
  const outcome = await db.$transaction(async (tx) => {
    const p = await lockPreference(tx, actor.id);
    if (!p.pendingPhone || !p.codeHash || !p.codeExpiresAt || p.codeExpiresAt <= new Date()) return "expired";
    if (!codeMatches(p.codeHash, actor.id, p.pendingPhone, code)) {
      const spent = p.codeAttempts + 1 >= CODE_MAX_ATTEMPTS;
      await tx.notificationPreference.update({
        where: { userId: actor.id },
        data: spent ? { codeHash: null, codeExpiresAt: null, codeAttempts: 0 } : { codeAttempts: { increment: 1 } },
      });
      return spent ? "expired" : "wrong";
    }
    await tx.notificationPreference.update({
      where: { userId: actor.id },
      data: {
        phone: p.pendingPhone,
        phoneVerifiedAt: new Date(),
        pendingPhone: null,
        codeHash: null,
        codeExpiresAt: null,
        codeAttempts: 0,
      },
    });
    await recordAudit(
      tx,
      actor,
      "user.phone_verified",
      { type: "user", id: actor.id },
      { phone: [maskPhone(p.phoneVerifiedAt ? p.phone : null), maskPhone(p.pendingPhone)] },
    );
    return "verified";
  });
  if (outcome === "wrong")
    throw new AppError("INVALID", "notifications.channels.codeWrong", { code: ["notifications.channels.codeWrong"] });
  if (outcome === "expired")
    throw new AppError("INVALID", "notifications.channels.codeExpired", {
      code: ["notifications.channels.codeExpired"],
    });
}

/** Forgets the number (and any pending one); WhatsApp goes off with it. */
export async function removeMyPhone(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const p = await lockPreference(tx, actor.id);
    await tx.notificationPreference.update({
      where: { userId: actor.id },
      data: {
        phone: null,
        phoneVerifiedAt: null,
        whatsappEnabled: false,
        pendingPhone: null,
        codeHash: null,
        codeExpiresAt: null,
      },
    });
    await recordAudit(
      tx,
      actor,
      "user.phone_removed",
      { type: "user", id: actor.id },
      { phone: [maskPhone(p.phone), null] },
    );
  });
}

/** Saves a regency's gateway; a blank token keeps the saved one. The token is stored sealed
 * (lib/security/secret-box.ts) and never audited. */
export async function saveWhatsAppGateway(actor: Actor, input: SaveWhatsAppGatewayInput): Promise<void> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  await db.$transaction(async (tx) => {
    const before = await tx.whatsAppGateway.findUnique({ where: { regencyId: input.regencyId } });
    if (!before && !input.token)
      throw new AppError("INVALID", "notifications.gateway.tokenRequired", {
        token: ["notifications.gateway.tokenRequired"],
      });
    const sealed = input.token ? sealSecret(input.token, GATEWAY_TOKEN_PURPOSE) : null;
    const data = {
      url: input.url,
      template: input.template,
      ...(sealed ? { token: sealed } : {}),
      updatedById: actor.id,
    };
    if (before)
      await tx.whatsAppGateway.update({
        where: { regencyId: input.regencyId },
        data: { ...data, version: { increment: 1 } },
      });
    else await tx.whatsAppGateway.create({ data: { ...data, token: sealed!, regencyId: input.regencyId } });
    const previous = before ? openSecret(before.token, GATEWAY_TOKEN_PURPOSE) : null;
    const changes = {
      ...diff(before ?? {}, input, ["url", "template"]),
      ...(input.token && input.token !== previous ? { token: [before ? "set" : null, "changed"] } : {}),
    };
    await recordAudit(
      tx,
      actor,
      "whatsapp_gateway.updated",
      { type: "whatsapp_gateway", id: input.regencyId, regencyId: input.regencyId },
      changes,
    );
  });
}
