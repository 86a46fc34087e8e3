import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  approvePublicationAction,
  createPublicationAction,
  sendBackPublicationAction,
  submitPublicationAction,
  updatePublicationAction,
  withdrawPublicationAction,
} from "@/lib/publications/actions";
import type { IssueOption, PublicationDetail } from "@/lib/publications/queries";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { PieceFields } from "./piece-fields";

type PieceRef = Pick<PublicationDetail, "id" | "version">;

/** The piece's id and version: every review step is refused when the copy changed meanwhile. */
function PieceRefFields({ piece }: { piece: PieceRef }) {
  return (
    <>
      <HiddenField name="id" value={piece.id} />
      <HiddenField name="version" value={piece.version} />
    </>
  );
}

export function SubmitPieceForm({ piece, t }: { piece: PieceRef; t: Translate }) {
  return (
    <ActionForm action={submitPublicationAction} submitLabel={t("publications.submit")} className="space-y-2">
      <PieceRefFields piece={piece} />
    </ActionForm>
  );
}

/** Edits the draft, or records a correction once a version is on record. */
export function UpdatePieceForm({
  piece,
  issues,
  correction,
  t,
}: {
  piece: PublicationDetail;
  issues: IssueOption[];
  correction: boolean;
  t: Translate;
}) {
  const values = {
    ...piece,
    issueIds: piece.issues.map((i) => i.issue.id),
    correctionNote: piece.status === "approved" ? "" : piece.correctionNote,
  };
  return (
    <ActionForm
      action={updatePublicationAction}
      submitLabel={t("publications.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <PieceRefFields piece={piece} />
      <PieceFields t={t} issues={issues} correction={correction} values={values} timeZone={piece.regency.timeZone} />
    </ActionForm>
  );
}

export function ApprovePieceForm({ piece, t }: { piece: PieceRef & { regency: { timeZone: string } }; t: Translate }) {
  return (
    <ActionForm action={approvePublicationAction} submitLabel={t("publications.approve")}>
      <PieceRefFields piece={piece} />
      <TextField
        name="publishAt"
        type="datetime-local"
        label={`${t("publications.fields.approvePublishAt")} (${zoneLabel(piece.regency.timeZone)})`}
        hint={t("publications.fields.approvePublishAtHint")}
      />
    </ActionForm>
  );
}

export function SendBackPieceForm({ piece, t }: { piece: PieceRef; t: Translate }) {
  return (
    <ActionForm action={sendBackPublicationAction} submitLabel={t("publications.sendBack")} variant="secondary">
      <PieceRefFields piece={piece} />
      <TextArea name="comment" label={t("publications.fields.comment")} required rows={3} maxLength={2000} />
    </ActionForm>
  );
}

export function WithdrawPieceForm({ piece, t }: { piece: PieceRef; t: Translate }) {
  return (
    <ActionForm
      action={withdrawPublicationAction}
      submitLabel={t("publications.withdraw")}
      variant="danger"
      confirm={t("publications.withdrawConfirm")}
    >
      <PieceRefFields piece={piece} />
      <TextArea
        name="reason"
        label={t("publications.fields.reason")}
        hint={t("publications.fields.reasonHint")}
        required
        rows={3}
        maxLength={2000}
      />
    </ActionForm>
  );
}

export function CreatePieceForm({
  regencyId,
  timeZone,
  issues,
  t,
}: {
  regencyId: string;
  timeZone: string;
  issues: IssueOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createPublicationAction}
      submitLabel={t("publications.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
      resetOnSuccess={false}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <PieceFields t={t} issues={issues} timeZone={timeZone} />
    </ActionForm>
  );
}
