// Shared by the upload forms (a check before sending), lib/files/store.ts (the check that
// counts) and the front server's body cap (scripts/lib/body-limit.ts).
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_LABEL = "10 MB";
// A citizen's aspiration from a public page (lib/aspirations): one photo plus a few text fields.
export const MAX_CITIZEN_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_CITIZEN_PHOTO_LABEL = "5 MB";
export const MAX_CITIZEN_POST_BYTES = MAX_CITIZEN_PHOTO_BYTES + 256 * 1024;
