"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import {
  changeOwnPassword,
  createUser,
  removeMembership,
  resetPassword,
  setMembership,
  setUserDisabled,
  updateOwnNip,
} from "./mutations";
import { updateOwnNipSchema } from "./nip";
import {
  createUserSchema,
  removeMembershipSchema,
  resetPasswordSchema,
  resetSecondFactorSchema,
  setMembershipSchema,
  setUserDisabledSchema,
} from "./schemas";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { assertRecentlyAuthenticated } from "@/lib/auth/reauth";
import { resetSecondFactor } from "@/lib/auth/second-factor";

export const createUserAction = formAction(
  createUserSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    const { id } = await createUser(actor, input);
    revalidatePath("/admin/users");
    return { status: "success", message: t("users.created", { email: input.email }), data: { id } };
  },
  "admin",
);

export const setUserDisabledAction = formAction(
  setUserDisabledSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    await setUserDisabled(actor, input);
    revalidatePath("/admin/users");
    return { status: "success", message: t(input.disabled ? "users.disabled" : "users.enabled") };
  },
  "admin",
);

export const resetPasswordAction = formAction(
  resetPasswordSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    await resetPassword(actor, input);
    return { status: "success", message: t("users.passwordReset") };
  },
  "admin",
);

export const setMembershipAction = formAction(
  setMembershipSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    await setMembership(actor, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return { status: "success", message: t("users.membershipSaved") };
  },
  "admin",
);

export const removeMembershipAction = formAction(
  removeMembershipSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    await removeMembership(actor, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return { status: "success", message: t("users.membershipRemoved") };
  },
  "admin",
);

export const changeOwnPasswordAction = formAction(
  changePasswordSchema,
  async (actor, input, { t }) => {
    await changeOwnPassword(actor, input);
    return { status: "success", message: t("auth.passwordChanged") };
  },
  "signed-in",
);

export const resetSecondFactorAction = formAction(
  resetSecondFactorSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor);
    await resetSecondFactor(actor, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return { status: "success", message: t("users.secondFactorReset") };
  },
  "admin",
);

export const updateOwnNipAction = formAction(
  updateOwnNipSchema,
  async (actor, input, { t }) => {
    await updateOwnNip(actor, input);
    revalidatePath("/account");
    return { status: "success", message: t("users.nipSaved") };
  },
  "signed-in",
);
