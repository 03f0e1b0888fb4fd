// Cleans the name a browser sent with an upload, so it is safe to show and to offer as a download
// name on any operating system. The stored file never uses this name (its key is random).

export const MAX_NAME_LENGTH = 120;
const FALLBACK_STEM = "evidence";

// C0/C1 controls and DEL; bidirectional overrides and zero-width characters, which can make
// "report‮fdp.exe" look like a PDF.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Characters Windows refuses in file names (the slashes are path separators, handled first).
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/** The lower-case extension of a (cleaned) name without its dot, or "" when there is none. */
export function extensionOf(name: string): string {
  return EXTENSION.exec(name)?.[1]?.toLowerCase() ?? "";
}

function truncate(text: string, max: number): string {
  // By code point, so a character outside the BMP is never cut in half.
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(/[\t\n\r\f\v]/g, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");

  const ext = extensionOf(name);
  let stem = ext ? name.slice(0, -(ext.length + 1)) : name;
  // Windows drops trailing dots and spaces, which would change the name on download.
  stem = stem.replace(/[.\s]+$/, "");
  if (!stem) stem = FALLBACK_STEM;
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}_`;
  const suffix = ext ? `.${ext}` : "";
  stem = truncate(stem, MAX_NAME_LENGTH - suffix.length).replace(/[.\s]+$/, "") || FALLBACK_STEM;
  name = stem + suffix;
  return name;
}
