import { describe, expect, it } from "vitest";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { reportSentences } from "./build.ts";
import { outlineText, reportOutline } from "./outline.ts";
import { staffordshire } from "./fixtures/staffordshire.ts";
import type { SeedReportFixture } from "./fixtures/types.ts";
import { warwickshire } from "./fixtures/warwickshire.ts";
import { westMercia } from "./fixtures/west-mercia.ts";
import { wiltshire } from "./fixtures/wiltshire.ts";
import { reportFor } from "./test-support/demo-report.ts";
import { parseCount } from "./words.ts";

// Acceptance: for each of HMIC's four December 2012 force reports, the report generated from the
// demo answers states every fact the published report states, and nothing that contradicts one.

const FIXTURES: SeedReportFixture[] = [staffordshire, warwickshire, westMercia, wiltshire];

function generate(fx: SeedReportFixture) {
  return reportFor(fx.slug, {
    status: fx.judgement ? "ACCEPTED" : "SUBMITTED",
    judgement: fx.judgement
      ? {
          overall: fx.judgement,
          summary: "The force has moved forward since 2011, but needs to go faster.",
          inspectorName: "Dru Sharpling CBE",
          inspectorRegion: "Wales and Western",
          sections: {},
        }
      : undefined,
  });
}

const lower = (s: string) => s.toLowerCase();

describe.each(FIXTURES)("the $slug seed report", (fx) => {
  const report = generate(fx);
  const sentences = reportSentences(report);
  const text = outlineText(reportOutline(report));

  it("has the seed's headline", () => {
    expect(report.headline).toBe(fx.headline);
    expect(text).toContain(fx.headline);
  });

  it.each(fx.facts.map((f) => [f.statement, f] as const))("states: %s", (_, fact) => {
    const carrying = sentences.filter((s) => fact.codes.every((c) => s.codes.includes(c)));
    expect(carrying.length, `no sentence carries ${fact.codes.join(" + ")}`).toBeGreaterThan(0);
    const match = carrying.find((s) => fact.says.every((w) => lower(s.text).includes(lower(w))));
    expect(match, `none of these says ${JSON.stringify(fact.says)}:\n${carrying.map((s) => s.text).join("\n")}`).toBeDefined();
  });

  it("gives every count the same way everywhere it is named", () => {
    for (const { noun, value } of fx.counts) {
      const found = [...text.matchAll(new RegExp(`([\\w,]+)\\)? ${noun}`, "gi"))].map((m) => m[1]!);
      expect(found.length, `"${noun}" is never stated`).toBeGreaterThan(0);
      for (const word of found) expect(parseCount(word), `"${word} ${noun}" should be ${value}`).toBe(value);
    }
  });

  it("states nothing the seed report rules out", () => {
    for (const pattern of fx.contradictions) expect(text, String(pattern)).not.toMatch(pattern);
  });

  it("covers every fact recorded for the force's demo answers, stating each value as stored", () => {
    const demo = demoAnswersBySlug[fx.slug]!;
    const fixtureCodes = new Set(fx.facts.flatMap((f) => f.codes));
    for (const fact of demo.facts) {
      expect(fixtureCodes.has(fact.code), `fixture lacks "${fact.statement}" (${fact.code})`).toBe(true);
      const stated = sentences.flatMap((s) => s.facts).filter((f) => f.code === fact.code);
      expect(stated.length, fact.statement).toBeGreaterThan(0);
      for (const f of stated) {
        if (fact.expect !== null && typeof fact.expect === "object" && !Array.isArray(fact.expect)) expect(f.value).toMatchObject(fact.expect);
        else expect(f.value).toEqual(fact.expect);
      }
    }
  });

  it("quotes the HM Inspector where the seed has a judgement", () => {
    if (!fx.judgement) return expect(report.statement).toBeNull();
    expect(report.statement?.attribution).toBe("Dru Sharpling CBE, HM Inspector of Constabulary for the Wales and Western region, said:");
    expect(text).toContain("needs to go faster");
  });
});
