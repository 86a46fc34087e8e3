"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { changeOwnPassword, createUser, removeMembership, resetPassword, setMembership, setUserDisabled } from "./mutations";
import { createUserSchema, removeMembershipSchema, resetPasswordSchema, setMembershipSchema, setUserDisabledSchema } from "./schemas";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/auth";

export const createUserAction = formAction(createUserSchema, async (actor, input, { t }) => {
  const { id } = await createUser(actor, input);
  revalidatePath("/admin/users");
  return { status: "success", message: t("users.created", { email: input.email }), data: { id } };
}, "admin");

export const setUserDisabledAction = formAction(setUserDisabledSchema, async (actor, input, { t }) => {
  await setUserDisabled(actor, input);
  revalidatePath("/admin/users");
  return { status: "success", message: t(input.disabled ? "users.disabled" : "users.enabled") };
}, "admin");

export const resetPasswordAction = formAction(resetPasswordSchema, async (actor, input, { t }) => {
  await resetPassword(actor, input);
  return { status: "success", message: t("users.passwordReset") };
}, "admin");

export const setMembershipAction = formAction(setMembershipSchema, async (actor, input, { t }) => {
  await setMembership(actor, input);
  revalidatePath(`/admin/users/${input.userId}`);
  return { status: "success", message: t("users.membershipSaved") };
}, "admin");

export const removeMembershipAction = formAction(removeMembershipSchema, async (actor, input, { t }) => {
  await removeMembership(actor, input);
  revalidatePath(`/admin/users/${input.userId}`);
  return { status: "success", message: t("users.membershipRemoved") };
}, "admin");

export const changeOwnPasswordAction = formAction(changePasswordSchema, async (actor, input, { t }) => {
  await changeOwnPassword(actor, input);
  // the change signed out every session; sign this one in again with the new password
  await signIn("credentials", { email: actor.email, password: input.newPassword, redirect: false });
  return { status: "success", message: t("auth.passwordChanged") };
}, "signed-in");
