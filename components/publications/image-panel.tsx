import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import { FileField } from "@/components/forms/file-field";
import { UploadActionForm } from "@/components/forms/upload-action-form";
import { Card } from "@/components/ui/card";
import { MAX_FILE_LABEL } from "@/lib/files/limits";
import type { Translate } from "@/lib/i18n/translate";
import { pieceImageUrl } from "@/lib/publications/image-url";
import { removePublicationImageAction, setPublicationImageAction } from "@/lib/publications/actions";
import { uploadLabels } from "@/lib/uploads/labels";

/** The working copy's image with its caption; humas attach, replace or remove it while it is a draft. */
export function ImagePanel({
  t,
  piece,
  publicUrl,
  editable,
}: {
  t: Translate;
  piece: {
    id: string;
    version: number;
    imageId: string | null;
    imageAlt: string | null;
    image: { sha256: string } | null;
    status: string;
  };
  publicUrl: string;
  editable: boolean;
}) {
  const ref = (
    <>
      <HiddenField name="id" value={piece.id} />
      <HiddenField name="version" value={piece.version} />
    </>
  );
  const tooLarge = t("files.errors.tooLarge", { max: MAX_FILE_LABEL });
  return (
    <Card title={t("publications.image.title")}>
      {piece.imageId ? (
        <figure className="mb-4">
          <img
            src={pieceImageUrl(publicUrl, piece.imageId, piece.image)}
            alt={piece.imageAlt ?? ""}
            loading="lazy"
            className="h-auto max-h-64 w-auto max-w-full rounded border border-slate-200"
          />
          <figcaption className="mt-1 text-sm text-slate-700">{piece.imageAlt}</figcaption>
        </figure>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("publications.image.none")}</p>
      )}
      {editable ? (
        <div className="space-y-4">
          <UploadActionForm
            upload="publication-image"
            labels={uploadLabels(t, "files.upload", tooLarge)}
            action={setPublicationImageAction}
            submitLabel={t("publications.image.save")}
            pendingLabel={t("publications.image.uploading")}
            resetOnSuccess={false}
          >
            {ref}
            <FileField
              name="file"
              label={piece.imageId ? t("publications.image.replaceFile") : t("publications.image.file")}
              hint={t("publications.image.fileHint")}
              required={!piece.imageId}
              tooLargeMessage={tooLarge}
            />
            <TextField
              name="imageAlt"
              label={t("publications.image.caption")}
              hint={t("publications.image.captionHint")}
              required
              maxLength={300}
              defaultValue={piece.imageAlt}
            />
          </UploadActionForm>
          {piece.imageId && (
            <ActionForm
              action={removePublicationImageAction}
              submitLabel={t("publications.image.remove")}
              variant="secondary"
              confirm={t("publications.image.removeConfirm")}
            >
              {ref}
            </ActionForm>
          )}
        </div>
      ) : (
        piece.status === "approved" && <p className="text-sm text-slate-600">{t("publications.image.viaCorrection")}</p>
      )}
    </Card>
  );
}
