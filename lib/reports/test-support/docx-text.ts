import JSZip from "jszip";

// Reads the words back out of a .docx: one line per paragraph of the body, and the page headers.

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

function paragraphsOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
}

export async function docxParts(docx: Buffer): Promise<{ documentXml: string; body: string; headers: string }> {
  const zip = await JSZip.loadAsync(docx);
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const headerFiles = zip.file(/^word\/header\d*\.xml$/);
  const headers = (await Promise.all(headerFiles.map((f) => f.async("string")))).map(paragraphsOf).join("\n");
  return { documentXml, body: paragraphsOf(documentXml), headers };
}
