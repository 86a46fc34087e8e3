import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  addReviewActionAction,
  approveReviewAction,
  completeReviewActionAction,
  createReviewAction,
  updateReviewAction,
} from "@/lib/iso/reviews/actions";
import type { ReviewDetail } from "@/lib/iso/reviews/queries";
import type { PositionOption } from "./options";

/** Attendees and decisions of a draft review. */
export function UpdateReviewForm({ review, t }: { review: ReviewDetail; t: Translate }) {
  return (
    <ActionForm
      action={updateReviewAction}
      submitLabel={t("iso.review.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={review.id} />
      <HiddenField name="version" value={review.version} />
      <TextArea
        name="attendees"
        label={t("iso.review.attendees")}
        defaultValue={review.attendees}
        rows={3}
        maxLength={5000}
      />
      <TextArea
        name="decisions"
        label={t("iso.review.decisions")}
        defaultValue={review.decisions}
        rows={6}
        maxLength={20000}
      />
    </ActionForm>
  );
}

export function AddReviewActionForm({
  reviewId,
  positions,
  t,
}: {
  reviewId: string;
  positions: PositionOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={addReviewActionAction}
      submitLabel={t("iso.review.addAction")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="reviewId" value={reviewId} />
      <TextField name="description" label={t("iso.review.actionDescription")} required maxLength={2000} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="ownerPositionId"
          label={t("iso.review.owner")}
          placeholder={t("iso.review.noChair")}
          options={positions.map((p) => ({ value: p.id, label: p.title }))}
        />
        <TextField name="dueDate" type="date" label={t("iso.review.dueDate")} required />
      </div>
    </ActionForm>
  );
}

export function CompleteReviewActionForm({
  reviewId,
  actionId,
  t,
}: {
  reviewId: string;
  actionId: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={completeReviewActionAction}
      submitLabel={t("iso.review.markDone")}
      pendingLabel={t("common.saving")}
      variant="secondary"
      className="inline-block"
    >
      <HiddenField name="reviewId" value={reviewId} />
      <HiddenField name="actionId" value={actionId} />
    </ActionForm>
  );
}

export function ApproveReviewForm({ review, t }: { review: Pick<ReviewDetail, "id" | "version">; t: Translate }) {
  return (
    <ActionForm
      action={approveReviewAction}
      submitLabel={t("iso.review.approve")}
      pendingLabel={t("common.saving")}
      confirm={t("iso.review.approveConfirm")}
    >
      <HiddenField name="id" value={review.id} />
      <HiddenField name="version" value={review.version} />
    </ActionForm>
  );
}

export function CreateReviewForm({
  regencyId,
  positions,
  t,
}: {
  regencyId: string;
  positions: PositionOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createReviewAction}
      submitLabel={t("iso.review.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="title" label={t("iso.review.titleField")} required maxLength={200} />
      <TextField name="meetingDate" type="date" label={t("iso.review.meetingDate")} required />
      <SelectField
        name="chairPositionId"
        label={t("iso.review.chair")}
        placeholder={t("iso.review.noChair")}
        options={positions.map((p) => ({ value: p.id, label: p.title }))}
      />
      <TextArea name="attendees" label={t("iso.review.attendees")} rows={3} maxLength={5000} />
    </ActionForm>
  );
}
