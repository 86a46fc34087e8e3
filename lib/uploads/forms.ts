// The forms whose file goes up with a progress bar: with JavaScript the page sends the form's
// fields with XMLHttpRequest to POST /api/uploads/<form> (lib/uploads/route.ts runs the form's
// own server action), so a 10 MB evidence scan on a 3G uplink shows how much has gone up.
// Without JavaScript each form still posts to its server action. Client-safe: names only.

export const UPLOAD_FORMS = [
  "iso-evidence",
  "publication-image",
  "regency-logo",
  "regency-import",
  // a spreadsheet import's first step (the preview), per kind (lib/imports/kinds.ts)
  "import-issues",
  "import-stakeholders",
  "import-media",
  "import-experts",
] as const;
export type UploadForm = (typeof UPLOAD_FORMS)[number];

export const uploadPath = (form: UploadForm) => `/api/uploads/${form}`;

/** An upload's progress texts, translated on the server (lib/uploads/labels.ts). */
export type UploadLabels = {
  /** with "{percent}" where the number goes */
  uploading: string;
  processing: string;
  /** the progress bar's accessible name */
  progress: string;
  failed: string;
  /** the front server refused the body as too large (it answers 413 with a page, not JSON) */
  tooLarge: string;
  /** the button that stops an upload, and what the form says then */
  cancel: string;
  cancelled: string;
};
