import type { SentenceContext } from "./context.ts";
import { dayText } from "./period.ts";
import type { ReportSentence } from "./types.ts";

// Next steps: what the force has said it will do, and by when, in date order. Each is a date the
// force gave; the findings say the same things in context.

type Commitment = { date: string; codes: string[]; text: (day: string) => string };

function mediaName(c: SentenceContext): { name: string; codes: string[] } {
  const form = c.choice("C1");
  if (form === "policy") return { name: "media policy", codes: ["C1"] };
  if (form === "guidance_only") return { name: "media guidance", codes: ["C1"] };
  return { name: "media policy or guidance", codes: form ? ["C1"] : [] };
}

function commitments(c: SentenceContext): Commitment[] {
  const out: Commitment[] = [];
  const add = (code: string, codes: string[], text: (day: string) => string) => {
    const date = c.choice(code);
    if (date) out.push({ date, codes: [...codes, code], text });
  };
  add("A4", ["A1"], (d) => `the force expects to finish its integrity health check by ${d}.`);
  const media = mediaName(c);
  add("C4", [...media.codes, "C2"], (d) => `the force expects to publish its updated ${media.name} by ${d}.`);
  add("D3", ["D1"], (d) => `the force expects to publish its social media policy by ${d}.`);
  add("E3", ["E1"], (d) => `the force expects to publish its updated gifts and hospitality policy by ${d}.`);
  add("G2", ["G1"], (d) => `the force expects to publish its updated policy on corporate credit cards and expenses by ${d}.`);
  add("H3", ["H1"], (d) => `the force expects to publish its updated policy on second jobs and business interests by ${d}.`);
  add("F4", ["F2"], (d) => `the force plans to start checking its contract and procurement registers against the gifts and hospitality register from ${d}.`);
  add("J8", ["J6"], (d) => `the alliance's single professional standards department is due to start on ${d}.`);
  return out;
}

export function nextSteps(c: SentenceContext): ReportSentence[] {
  return commitments(c)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((k) => c.say(k.text(dayText(k.date)), k.codes));
}

export function closingNote(forceName: string): string {
  return `The inspectorate will go on checking how ${forceName} manages risks to integrity as part of its regular inspections of the force.`;
}
