// Size rules for uploaded evidence, shared by the server and the upload form's own check.

/** 20 MB, counted the way file managers show it (binary megabytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const FILE_MESSAGES = {
  missing: "Select a file to upload",
  empty: "The selected file is empty",
  tooLarge: "The selected file must be smaller than 20 MB",
  wrongType: "The selected file must be a PDF, Word, Excel, CSV or image file",
} as const;

/** The message for a file of this size, or null when the size is acceptable. */
export function fileSizeError(sizeBytes: number): string | null {
  if (sizeBytes <= 0) return FILE_MESSAGES.empty;
  if (sizeBytes > MAX_FILE_BYTES) return FILE_MESSAGES.tooLarge;
  return null;
}

/** "12 KB", "1.4 MB": sizes as people read them. */
export function formatFileSize(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} bytes`;
  if (sizeBytes < 1024 * 1024) return `${Math.max(1, Math.round(sizeBytes / 1024))} KB`;
  const mb = sizeBytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/**
 * The largest form post the server reads: a 20 MB file plus the rest of the form. Keep it equal to
 * `serverActions.bodySizeLimit` in next.config.js; proxy.ts turns larger posts into a clear message.
 */
export const MAX_POST_BYTES = 25 * 1024 * 1024;

/** The query parameter proxy.ts adds when it turned away an over-large upload. */
export const TOO_LARGE_PARAM = "upload";
export const TOO_LARGE_VALUE = "too-large";
