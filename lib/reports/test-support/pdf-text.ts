import { inflateSync } from "node:zlib";

// Reads the text back out of a PDF that pdfkit wrote with its standard fonts: inflates each
// content stream and decodes the hex strings of its TJ / Tj operators (WinAnsi encoding).
// Lines that pdfkit wrapped end in a space or hyphen and are joined back; others become new lines.

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—",
};

function decodeHex(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}

function streams(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  const header = /\bobj\s*(<<(?:(?!endobj)[^])*?>>)\s*stream\r?\n/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const dict = m[1]!;
    const length = /\/Length (\d+)/.exec(dict);
    if (!length) continue;
    const start = m.index + m[0].length;
    const data = pdf.subarray(start, start + Number(length[1]));
    try {
      out.push((/FlateDecode/.test(dict) ? inflateSync(data) : data).toString("latin1"));
    } catch {
      // not a content stream we can read (e.g. an image): skip it
    }
  }
  return out;
}

export function pdfText(pdf: Buffer): string {
  const fragments: string[] = [];
  for (const content of streams(pdf)) {
    for (const m of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [m[2]!];
      fragments.push(hexes.map(decodeHex).join(""));
    }
  }
  let text = "";
  for (const f of fragments) text += /[ -]$/.test(text) || text === "" ? f : `\n${f}`;
  return text;
}

/** The text with every run of white space made one space, for finding whole sentences. */
export function flatPdfText(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, " ");
}
