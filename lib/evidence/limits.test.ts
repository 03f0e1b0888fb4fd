import { describe, expect, it } from "vitest";
import { fileSizeError, formatFileSize, MAX_FILE_BYTES } from "./limits.ts";
import { linkEvidenceSchema } from "./schema.ts";
import { fieldErrorsOf } from "@/lib/validation.ts";

describe("file size", () => {
  it("refuses empty files and files over 20 MB", () => {
    expect(fileSizeError(0)).toBe("The selected file is empty");
    expect(fileSizeError(1)).toBeNull();
    expect(fileSizeError(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeError(MAX_FILE_BYTES + 1)).toBe("The selected file must be smaller than 20 MB");
  });
  it("formats sizes for people", () => {
    expect(formatFileSize(512)).toBe("512 bytes");
    expect(formatFileSize(12_345)).toBe("12 KB");
    expect(formatFileSize(1_500_000)).toBe("1.4 MB");
    expect(formatFileSize(MAX_FILE_BYTES)).toBe("20 MB");
  });
});

describe("links", () => {
  const base = { assessmentId: "a1", questionCode: "A12", marking: "OFFICIAL", title: "Gifts register" };
  const errors = (input: object) => {
    const r = linkEvidenceSchema.safeParse({ ...base, ...input });
    return r.success ? {} : fieldErrorsOf(r.error);
  };
  it("accepts http and https addresses with a title", () => {
    expect(errors({ url: "https://intranet.example.org/policies/gifts?v=2#s3" })).toEqual({});
    expect(errors({ url: "  http://intranet/register  " })).toEqual({});
  });
  it.each(["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "data:text/html,hi", "https://", "example.org", "https://user:pw@example.org/", "https://exa mple.org"])(
    "refuses %s",
    (url) => {
      expect(errors({ url }).url).toMatch(/^Enter a web address that starts with https:\/\/ or http:\/\//);
    },
  );
  it("needs an address of at most 2,000 characters, a title and a marking", () => {
    expect(errors({ url: "" }).url).toBe("Enter the web address of the evidence");
    expect(errors({ url: `https://example.org/${"a".repeat(2000)}` }).url).toBe("The web address must be 2,000 characters or fewer");
    expect(errors({ url: "https://example.org", title: "  " }).title).toBe("Enter a title for the link");
    expect(errors({ url: "https://example.org", marking: "SECRET" }).marking).toBe("Select the protective marking");
  });
});
