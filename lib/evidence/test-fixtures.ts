// Minimal but real files of each accepted type, built in memory for the unit, data-layer and
// end-to-end tests (no binary fixtures in the repository).

const enc = new TextEncoder();
const bytes = (...parts: (Uint8Array | number[] | string)[]) => {
  const arrays = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
const le = (n: number, size: 2 | 4) => Array.from({ length: size }, (_, i) => (n >>> (8 * i)) & 0xff);
const be32 = (n: number) => [3, 2, 1, 0].map((i) => (n >>> (8 * i)) & 0xff);

function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

export const pdf = (text = "Evidence") =>
  bytes(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

function pngChunk(type: string, data: number[]): Uint8Array {
  const body = bytes(type, data);
  return bytes(be32(data.length), body, be32(crc32(body)));
}
/** A 1×1 grey PNG (the pixel data is zlib "stored", so no compressor is needed). */
export const png = () =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk("IHDR", [...be32(1), ...be32(1), 8, 0, 0, 0, 0]),
    pngChunk("IDAT", [0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81]),
    pngChunk("IEND", []),
  );

export const jpeg = () => bytes([0xff, 0xd8, 0xff, 0xe0], le(16, 2).reverse(), "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xd9]);
export const gif = () => bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0], [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0], [2, 2, 0x4c, 1, 0], [0x3b]);
export const webp = () => {
  const vp8l = bytes("VP8L", le(5, 4), [0x2f, 0, 0, 0, 0], [0]);
  return bytes("RIFF", le(4 + vp8l.length, 4), "WEBP", vp8l);
};
export const csv = (rows = "Month,Gifts declared\nJanuary,4\nFebruary,7\n") => bytes(rows);

/** A ZIP with stored (uncompressed) entries, as Office Open XML files are. */
export function zip(entries: Record<string, string>): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = enc.encode(text);
    const nameBytes = enc.encode(name);
    const common = [...le(20, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(crc32(data), 4), ...le(data.length, 4), ...le(data.length, 4), ...le(nameBytes.length, 2), ...le(0, 2)];
    const header = bytes("PK\u0003\u0004", common, nameBytes, data);
    central.push(bytes("PK\u0001\u0002", le(20, 2), common, le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(offset, 4), nameBytes));
    local.push(header);
    offset += header.length;
  }
  const dir = bytes(...central);
  const n = central.length;
  return bytes(...local, dir, "PK\u0005\u0006", le(0, 2), le(0, 2), le(n, 2), le(n, 2), le(dir.length, 4), le(offset, 4), le(0, 2));
}

const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
export const docx = () => zip({ "[Content_Types].xml": contentTypes, "_rels/.rels": "<Relationships/>", "word/document.xml": "<w:document/>" });
export const xlsx = () => zip({ "[Content_Types].xml": contentTypes, "_rels/.rels": "<Relationships/>", "xl/workbook.xml": "<workbook/>" });

/** A legacy Office compound file with one empty stream: "WordDocument" (.doc) or "Workbook" (.xls). */
export function ole2(stream: "WordDocument" | "Workbook"): Uint8Array {
  const sector = (fill: number) => new Uint8Array(512).fill(fill);
  const header = sector(0);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set([...le(0x3e, 2), ...le(3, 2), 0xfe, 0xff, ...le(9, 2), ...le(6, 2)], 0x18);
  header.set([...le(1, 4), ...le(1, 4), ...le(0, 4), ...le(0x1000, 4), ...le(0xfffffffe, 4), ...le(0, 4), ...le(0xfffffffe, 4), ...le(0, 4)], 0x2c);
  header.fill(0xff, 0x4c + 4);
  header.set(le(0, 4), 0x4c); // the FAT is sector 0
  const fat = sector(0xff);
  fat.set([...le(0xfffffffd, 4), ...le(0xfffffffe, 4)]); // sector 0: FAT; sector 1: the directory, end of chain
  const directory = sector(0);
  const entry = (at: number, name: string, type: number) => {
    Array.from(name).forEach((c, i) => directory.set(le(c.charCodeAt(0), 2), at + i * 2));
    directory.set(le((name.length + 1) * 2, 2), at + 0x40);
    directory[at + 0x42] = type;
    directory.set([...le(0xffffffff, 4), ...le(0xffffffff, 4), ...le(type === 5 ? 1 : 0xffffffff, 4)], at + 0x44);
    directory.set(le(0xfffffffe, 4), at + 0x74);
  };
  entry(0, "Root Entry", 5);
  entry(128, stream, 2);
  return bytes(header, fat, directory);
}
export const doc = () => ole2("WordDocument");
export const xls = () => ole2("Workbook");

/** A Windows executable's first bytes: never accepted, whatever it is called. */
export const exe = () => bytes("MZ", new Uint8Array(58), le(64, 4), "PE\0\0", new Uint8Array(64));
