// Decides what an uploaded file really is from its bytes, never from its name or the browser's
// Content-Type, then requires the name's extension to agree. Only formats people need for
// evidence are recognised; anything else (executables, HTML, SVG, archives, macros) is refused.
import { extensionOf } from "./names.ts";
import { FILE_MESSAGES } from "./limits.ts";

export type EvidenceFileType = "pdf" | "docx" | "xlsx" | "doc" | "xls" | "png" | "jpeg" | "gif" | "webp" | "csv";

export const FILE_TYPES: Record<EvidenceFileType, { mimeType: string; extensions: readonly string[]; label: string }> = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"], label: "PDF" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], label: "Word" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], label: "Excel" },
  doc: { mimeType: "application/msword", extensions: ["doc"], label: "Word" },
  xls: { mimeType: "application/vnd.ms-excel", extensions: ["xls"], label: "Excel" },
  png: { mimeType: "image/png", extensions: ["png"], label: "PNG image" },
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPEG image" },
  gif: { mimeType: "image/gif", extensions: ["gif"], label: "GIF image" },
  webp: { mimeType: "image/webp", extensions: ["webp"], label: "WebP image" },
  csv: { mimeType: "text/csv; charset=utf-8", extensions: ["csv"], label: "CSV" },
};

/** For the file input's `accept` attribute: a hint to the browser's picker, not a check. */
export const ACCEPT = Object.values(FILE_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(",");

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Names of the entries in a ZIP's central directory, or null if it cannot be read. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  const eocd = ascii("PK\u0005\u0006");
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (!startsWith(b, eocd, at)) continue;
    const count = u16(b, at + 10);
    let p = u32(b, at + 16);
    const names: string[] = [];
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || !startsWith(b, ascii("PK\u0001\u0002"), p)) return null;
      const nameLength = u16(b, p + 28);
      names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLength)));
      p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    }
    return names;
  }
  return null;
}

function sniffOfficeOpenXml(b: Uint8Array): EvidenceFileType | null {
  const names = zipEntryNames(b);
  if (!names || !names.includes("[Content_Types].xml")) return null;
  // Macros would make this a .docm/.xlsm in disguise.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return null;
  const word = names.some((n) => n.startsWith("word/"));
  const excel = names.some((n) => n.startsWith("xl/"));
  if (word === excel) return null;
  return word ? "docx" : "xlsx";
}

/** Names of the streams in an OLE2 compound file (legacy Office), following its directory chain. */
export function ole2StreamNames(b: Uint8Array): string[] | null {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * size;
  // The FAT's own sectors: 109 listed in the header, any more in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const list = (at: number, n: number) => {
    for (let i = 0; i < n; i++) {
      const s = u32(b, at + i * 4);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
  };
  list(0x4c, 109);
  let difat = u32(b, 0x44);
  for (let guard = 0; difat < 0xfffffffa && sectorAt(difat) + size <= b.length && guard < 1024; guard++) {
    list(sectorAt(difat), size / 4 - 1);
    difat = u32(b, sectorAt(difat) + size - 4);
  }
  const next = (n: number): number | null => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined) return null;
    const at = sectorAt(fat) + (n % perSector) * 4;
    return at + 4 <= b.length ? u32(b, at) : null;
  };
  const names: string[] = [];
  let sector: number | null = u32(b, 0x30);
  for (let guard = 0; sector !== null && sector < 0xfffffffa && guard < 4096; guard++) {
    const start = sectorAt(sector);
    if (start + size > b.length) return null;
    for (let e = start; e < start + size; e += 128) {
      const length = Math.min(u16(b, e + 0x40), 64);
      if (length >= 2) names.push(String.fromCharCode(...Array.from({ length: length / 2 - 1 }, (_, i) => u16(b, e + i * 2))));
    }
    sector = next(sector);
  }
  return names;
}

function sniffOle2(b: Uint8Array): EvidenceFileType | null {
  const names = ole2StreamNames(b);
  if (!names) return null;
  if (names.includes("WordDocument")) return "doc";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return null;
}

/** UTF-8 text with no control characters (other than tab and line breaks) and a column delimiter. */
function looksLikeCsv(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false;
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").slice(0, 20);
  if (lines.length === 0) return false;
  // A delimiter that the header line uses, and that most of the first lines use too.
  return [",", ";", "\t"].some((d) => lines[0]!.includes(d) && lines.filter((l) => l.includes(d)).length * 2 >= lines.length);
}

/** What the bytes are, or null when they are none of the accepted formats. */
export function sniffFileType(b: Uint8Array): EvidenceFileType | null {
  if (startsWith(b, ascii("%PDF-"))) return "pdf";
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))) return "gif";
  if (startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)) return "webp";
  if (startsWith(b, ascii("PK\u0003\u0004"))) return sniffOfficeOpenXml(b);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle2(b);
  return looksLikeCsv(b) ? "csv" : null;
}

export type FileTypeCheck = { ok: true; type: EvidenceFileType; mimeType: string } | { ok: false; message: string };

/** The file is accepted only if its bytes are an accepted format and its extension names that format. */
export function checkFileType(cleanName: string, bytes: Uint8Array): FileTypeCheck {
  const type = sniffFileType(bytes);
  if (!type || !FILE_TYPES[type].extensions.includes(extensionOf(cleanName))) return { ok: false, message: FILE_MESSAGES.wrongType };
  return { ok: true, type, mimeType: FILE_TYPES[type].mimeType };
}
