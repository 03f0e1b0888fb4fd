import { describe, expect, it } from "vitest";
import { checkFileType, ole2StreamNames, sniffFileType, zipEntryNames } from "./sniff.ts";
import * as fx from "./test-fixtures.ts";

const WRONG = "The selected file must be a PDF, Word, Excel, CSV or image file";

describe("detecting the type from the bytes", () => {
  it.each([
    ["pdf", fx.pdf()],
    ["png", fx.png()],
    ["jpeg", fx.jpeg()],
    ["gif", fx.gif()],
    ["webp", fx.webp()],
    ["docx", fx.docx()],
    ["xlsx", fx.xlsx()],
    ["doc", fx.doc()],
    ["xls", fx.xls()],
    ["csv", fx.csv()],
    ["csv", fx.csv("\uFEFFName;Role\r\nSmith;PSD\r\n")],
    ["csv", fx.csv("a\tb\n1\t2")],
  ])("%s", (type, bytes) => {
    expect(sniffFileType(bytes)).toBe(type);
  });

  it("reads the entries of a ZIP and the streams of a compound file", () => {
    expect(zipEntryNames(fx.docx())).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(ole2StreamNames(fx.xls())).toEqual(["Root Entry", "Workbook"]);
  });

  it.each([
    ["an executable", fx.exe()],
    ["a plain ZIP", fx.zip({ "notes.txt": "hello" })],
    ["a ZIP with word/ but no [Content_Types].xml", fx.zip({ "word/document.xml": "<w/>" })],
    ["a macro-enabled document", fx.zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "word/vbaProject.bin": "x" })],
    ["a truncated ZIP", fx.docx().subarray(0, 60)],
    ["a compound file with neither stream", fx.ole2("WordDocument").map((b, i) => (i >= 1152 && i < 1176 ? 0 : b))],
    ["HTML", new TextEncoder().encode("<!doctype html><script>alert(1)</script>")],
    ["SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["text without columns", new TextEncoder().encode("just a line\nand another\n")],
    ["text with NUL bytes", new TextEncoder().encode("a,b\n1,\u00002\n")],
    ["invalid UTF-8", Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xc3, 0x28])],
    ["nothing", new Uint8Array(0)],
  ])("refuses %s", (_what, bytes) => {
    expect(sniffFileType(bytes)).toBeNull();
  });
});

describe("the extension must agree with the content", () => {
  it("accepts matching names, in any case, and both JPEG extensions", () => {
    expect(checkFileType("policy.pdf", fx.pdf())).toEqual({ ok: true, type: "pdf", mimeType: "application/pdf" });
    expect(checkFileType("Photo.JPG", fx.jpeg())).toMatchObject({ ok: true, type: "jpeg" });
    expect(checkFileType("photo.jpeg", fx.jpeg())).toMatchObject({ ok: true, mimeType: "image/jpeg" });
    expect(checkFileType("register.xlsx", fx.xlsx())).toMatchObject({ ok: true, type: "xlsx" });
    expect(checkFileType("register.csv", fx.csv())).toMatchObject({ ok: true, mimeType: "text/csv; charset=utf-8" });
  });
  it.each([
    ["a PNG called .pdf", "report.pdf", fx.png()],
    ["an executable called .pdf", "report.pdf", fx.exe()],
    ["a Word file called .xlsx", "register.xlsx", fx.docx()],
    ["a .doc called .xls", "register.xls", fx.doc()],
    ["a PDF with no extension", "report", fx.pdf()],
    ["a CSV called .txt", "data.txt", fx.csv()],
    ["a PDF called .exe", "setup.exe", fx.pdf()],
  ])("refuses %s", (_what, name, bytes) => {
    expect(checkFileType(name, bytes)).toEqual({ ok: false, message: WRONG });
  });
});
