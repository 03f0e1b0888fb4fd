import { describe, expect, it } from "vitest";
import { agree, capitalise, countOf, listAnd, midSentence, numberInWords, ofWhich, parseCount } from "./words.ts";

describe("numbers in words", () => {
  it("writes zero to nine as words and 10 upwards as figures", () => {
    expect([0, 1, 2, 9].map(numberInWords)).toEqual(["zero", "one", "two", "nine"]);
    expect([10, 84, 1588, 23043].map(numberInWords)).toEqual(["10", "84", "1,588", "23,043"]);
  });
  it("counts with singular and plural nouns", () => {
    expect(countOf(1, "instance")).toBe("one instance");
    expect(countOf(2, "instance")).toBe("two instances");
    expect(countOf(84, "application for a second job", "applications for second jobs")).toBe("84 applications for second jobs");
    expect(countOf(1, "member of staff", "staff")).toBe("one member of staff");
    expect(agree(1, "was", "were")).toBe("was");
    expect(agree(0, "was", "were")).toBe("were");
  });
  it("reads back every count it writes", () => {
    for (const n of [0, 1, 5, 9, 10, 79, 1588]) expect(parseCount(numberInWords(n))).toBe(n);
    expect(parseCount("any")).toBe(0);
    expect(parseCount("none")).toBe(0);
    expect(parseCount("several")).toBeNull();
  });
});

describe("of which", () => {
  it("reads naturally for none, one, some, both and all", () => {
    expect(ofWhich(79, 84, "approved")).toBe("79 of which were approved");
    expect(ofWhich(1, 3, "approved")).toBe("one of which was approved");
    expect(ofWhich(0, 3, "approved")).toBe("none of which were approved");
    expect(ofWhich(2, 2, "approved")).toBe("both of which were approved");
    expect(ofWhich(5, 5, "approved")).toBe("all of which were approved");
    expect(ofWhich(1, 1, "approved")).toBe("which was approved");
    expect(ofWhich(0, 1, "approved")).toBe("which was not approved");
    expect(ofWhich(0, 1, "still open", "closed")).toBe("which was closed");
  });
});

describe("lists and capitals", () => {
  it("joins lists with commas and a final 'and'", () => {
    expect(listAnd([])).toBe("");
    expect(listAnd(["a"])).toBe("a");
    expect(listAnd(["a", "b"])).toBe("a and b");
    expect(listAnd(["a", "b", "c"])).toBe("a, b and c");
  });
  it("capitalises the first letter only and keeps acronyms in labels", () => {
    expect(capitalise("between May and June")).toBe("Between May and June");
    expect(midSentence("A single vetting team")).toBe("a single vetting team");
    expect(midSentence("Shared case management")).toBe("shared case management");
    expect(midSentence("ACPO guidance")).toBe("ACPO guidance");
  });
});
