import { describe, expect, it } from "vitest";
import { cleanFileName, extensionOf, MAX_NAME_LENGTH } from "./names.ts";

describe("cleaning file names", () => {
  it.each([
    ["policy.pdf", "policy.pdf"],
    ["C:\\Users\\psd\\Documents\\policy.pdf", "policy.pdf"],
    ["../../etc/passwd.csv", "passwd.csv"],
    ["  Gifts   and\thospitality\n register .xlsx ", "Gifts and hospitality register.xlsx"],
    ["re<port>:v2|final?*.pdf", "re_port__v2_final__.pdf"],
    ['"quoted".pdf', "_quoted_.pdf"],
    ["...hidden.pdf", "hidden.pdf"],
    [".pdf", "pdf"],
    ["report\u0000\u0007.pdf", "report.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["report....PDF", "report.pdf"],
    ["CON.pdf", "CON_.pdf"],
    ["", "evidence"],
    ["////", "evidence"],
    ["\u0000\u0001", "evidence"],
    ["Cafe\u0301 policy.pdf", "Café policy.pdf"],
  ])("%j → %j", (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it("caps the length at 120 characters, keeping the extension", () => {
    const name = cleanFileName(`${"a".repeat(300)}.docx`);
    expect(name).toHaveLength(MAX_NAME_LENGTH);
    expect(name.endsWith("a.docx")).toBe(true);
  });

  it("never splits a character outside the basic plane", () => {
    const name = cleanFileName(`${"😀".repeat(200)}.pdf`);
    expect(Array.from(name)).toHaveLength(MAX_NAME_LENGTH);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("finds the extension in lower case", () => {
    expect(extensionOf("a.B.PDF")).toBe("pdf");
    expect(extensionOf("README")).toBe("");
    expect(extensionOf("archive.tar.gz")).toBe("gz");
  });
});
