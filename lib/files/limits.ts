// Shared by the upload forms (a check before sending), lib/files/store.ts (the check that
// counts) and the front server's body cap (scripts/lib/body-limit.ts).
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_LABEL = "10 MB";
