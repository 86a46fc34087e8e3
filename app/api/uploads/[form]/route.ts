import { AppError } from "@/lib/errors";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "@/lib/files/limits";
import {
  previewExpertsImportAction,
  previewIssuesImportAction,
  previewMediaImportAction,
  previewStakeholdersImportAction,
} from "@/lib/imports/actions";
import { attachEvidenceAction } from "@/lib/iso/files/actions";
import { setPublicationImageAction } from "@/lib/publications/actions";
import { importRegenciesAction, setRegencyLogoAction } from "@/lib/regencies/actions";
import { MAX_IMPORT_BYTES } from "@/lib/regencies/import-answer";
import { MAX_LOGO_BYTES, MAX_LOGO_LABEL } from "@/lib/regencies/logo";
import { IMPORT_MAX_BYTES } from "@/lib/spreadsheet/read";
import type { UploadForm } from "@/lib/uploads/forms";
import { postUpload, type Upload } from "@/lib/uploads/route";

const sheet = () => new AppError("INVALID", "spreadsheet.import.errors.tooLarge");
const anyFile = () => new AppError("INVALID", "files.errors.tooLarge", undefined, { max: MAX_FILE_LABEL });

/** The forms whose file goes up with progress (lib/uploads/forms.ts), each run by its own server action. */
const UPLOADS: Record<UploadForm, Upload> = {
  "iso-evidence": { action: attachEvidenceAction, maxBytes: MAX_FILE_BYTES, tooLarge: anyFile },
  "publication-image": { action: setPublicationImageAction, maxBytes: MAX_FILE_BYTES, tooLarge: anyFile },
  "regency-logo": {
    action: setRegencyLogoAction,
    maxBytes: MAX_LOGO_BYTES,
    tooLarge: () => new AppError("INVALID", "regencies.logo.errors.tooLarge", undefined, { max: MAX_LOGO_LABEL }),
  },
  "regency-import": {
    action: importRegenciesAction,
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: () => new AppError("INVALID", "regencies.import.errors.tooLarge"),
  },
  "import-issues": { action: previewIssuesImportAction, maxBytes: IMPORT_MAX_BYTES, tooLarge: sheet },
  "import-stakeholders": { action: previewStakeholdersImportAction, maxBytes: IMPORT_MAX_BYTES, tooLarge: sheet },
  "import-media": { action: previewMediaImportAction, maxBytes: IMPORT_MAX_BYTES, tooLarge: sheet },
  "import-experts": { action: previewExpertsImportAction, maxBytes: IMPORT_MAX_BYTES, tooLarge: sheet },
};

export async function POST(request: Request, { params }: { params: Promise<{ form: string }> }) {
  return postUpload(request, await params, UPLOADS);
}
