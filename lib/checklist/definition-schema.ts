import { z } from "zod";
import {
  ANSWER_TYPES,
  POLICY_STATUSES,
  REPORT_HEADINGS,
  type ChecklistDefinition,
  type QuestionDefinition,
} from "./types";

const nonEmpty = z.string().trim().min(1);

const optionSchema = z.strictObject({ value: nonEmpty, label: nonEmpty, hint: nonEmpty.optional() });
const ofWhichSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, "ofWhich keys must be snake_case"),
  label: nonEmpty,
});
const conditionSchema = z.union([
  z.strictObject({ equals: z.array(nonEmpty).min(1) }),
  z.strictObject({ greaterThan: z.number().int().min(0) }),
]);
const followUpSchema = z.strictObject({ when: conditionSchema, show: z.array(nonEmpty).min(1) });

const questionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][0-9]+$/, "Question codes must be a letter then a number, like C6"),
  prompt: nonEmpty,
  hint: nonEmpty.optional(),
  type: z.enum(ANSWER_TYPES),
  required: z.boolean(),
  cites: nonEmpty,
  reportHeading: z.enum(REPORT_HEADINGS),
  options: z.array(optionSchema).optional(),
  multiple: z.boolean().optional(),
  ofWhich: z.array(ofWhichSchema).min(1).optional(),
  unit: nonEmpty.optional(),
  max: z.number().int().positive().optional(),
  followUps: z.array(followUpSchema).min(1).optional(),
  guidance: nonEmpty.optional(),
});

const sectionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]$/, "Section codes must be a single capital letter"),
  title: nonEmpty,
  summary: nonEmpty,
  questions: z.array(questionSchema).min(1),
});

export const definitionSchema = z.strictObject({
  version: z.number().int().positive(),
  label: nonEmpty,
  recommendations: z
    .array(z.strictObject({ id: z.string().regex(/^R-[A-Z0-9-]+$/), title: nonEmpty, summary: nonEmpty }))
    .min(1),
  sections: z.array(sectionSchema).min(1),
});

/** Answer values a follow-up `equals` condition may name, by parent type. Undefined: no equals. */
function allowedEqualsValues(q: QuestionDefinition): readonly string[] | undefined {
  switch (q.type) {
    case "yes_no":
      return ["yes", "no"];
    case "yes_no_partly":
      return ["yes", "no", "partly"];
    case "policy_status":
      return POLICY_STATUSES;
    case "choice":
      return (q.options ?? []).map((o) => o.value);
    default:
      return undefined;
  }
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

function checkQuestionShape(q: QuestionDefinition, problems: string[]): void {
  const at = `Question ${q.code}`;
  if (q.type === "choice") {
    const values = (q.options ?? []).map((o) => o.value);
    if (values.length < 2) problems.push(`${at} is a choice question but has fewer than 2 options`);
    for (const d of duplicates(values)) problems.push(`${at} has the option value "${d}" more than once`);
  } else {
    if (q.options) problems.push(`${at} has options but is not a choice question`);
    if (q.multiple !== undefined) problems.push(`${at} sets multiple but is not a choice question`);
  }
  if (q.type !== "whole_number") {
    for (const field of ["ofWhich", "unit", "max"] as const) {
      if (q[field] !== undefined) problems.push(`${at} has ${field} but is not a whole_number question`);
    }
  } else {
    for (const d of duplicates((q.ofWhich ?? []).map((p) => p.key))) {
      problems.push(`${at} has the ofWhich key "${d}" more than once`);
    }
  }
}

/** Cross-field rules zod cannot express: references, ordering and follow-up consistency. */
function semanticProblems(def: ChecklistDefinition): string[] {
  const problems: string[] = [];
  const recIds = new Set(def.recommendations.map((r) => r.id));
  for (const d of duplicates(def.recommendations.map((r) => r.id))) {
    problems.push(`Recommendation id ${d} is used more than once`);
  }
  for (const d of duplicates(def.sections.map((s) => s.code))) {
    problems.push(`Section code ${d} is used more than once`);
  }
  const allCodes = def.sections.flatMap((s) => s.questions.map((q) => q.code));
  for (const d of duplicates(allCodes)) problems.push(`Question code ${d} is used more than once`);
  const sectionOf = new Map<string, string>();
  for (const s of def.sections) for (const q of s.questions) sectionOf.set(q.code, s.code);

  const parentOf = new Map<string, string>();
  for (const s of def.sections) {
    s.questions.forEach((q, index) => {
      const at = `Question ${q.code}`;
      if (!/^[A-Z][0-9]+$/.test(q.code) || q.code[0] !== s.code) {
        problems.push(`${at} must start with its section letter ${s.code}`);
      }
      if (!recIds.has(q.cites)) problems.push(`${at} cites ${q.cites}, which is not a recommendation`);
      checkQuestionShape(q, problems);
      const allowed = allowedEqualsValues(q);
      for (const fu of q.followUps ?? []) {
        if ("greaterThan" in fu.when && q.type !== "whole_number") {
          problems.push(`${at} uses a greaterThan condition but is a ${q.type} question, not whole_number`);
        }
        if ("equals" in fu.when) {
          if (!allowed) problems.push(`${at} uses an equals condition, which does not fit a ${q.type} question`);
          else {
            for (const v of fu.when.equals) {
              if (!allowed.includes(v)) problems.push(`${at} has a follow-up condition on "${v}", which is not a possible answer`);
            }
          }
        }
        for (const child of fu.show) {
          const childIndex = s.questions.findIndex((c) => c.code === child);
          if (child === q.code) problems.push(`${at} is a follow-up of itself`);
          else if (!sectionOf.has(child)) problems.push(`${at} shows follow-up ${child}, which does not exist`);
          else if (sectionOf.get(child) !== s.code) problems.push(`${at} shows follow-up ${child}, which is in another section`);
          else if (childIndex < index) problems.push(`${at} shows follow-up ${child}, which comes before it; follow-ups must come after their parent`);
          const earlier = parentOf.get(child);
          if (earlier !== undefined) {
            problems.push(`Question ${child} is a follow-up of more than one parent or condition (${earlier} and ${q.code})`);
          } else parentOf.set(child, q.code);
        }
      }
    });
    const last = s.questions[s.questions.length - 1];
    if (last && (last.type !== "text" || last.required)) {
      problems.push(`Section ${s.code} must end with an optional text question, but ends with ${last.code}`);
    } else if (last && parentOf.has(last.code)) {
      problems.push(`Section ${s.code} ends with ${last.code}, which is a follow-up; the last question must always be shown`);
    }
  }
  return problems;
}

function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
}

/** Parses and checks a checklist definition, throwing one Error that lists every problem. */
export function validateDefinition(input: unknown): ChecklistDefinition {
  const parsed = definitionSchema.safeParse(input);
  const problems = parsed.success ? semanticProblems(parsed.data) : formatZodIssues(parsed.error);
  if (problems.length > 0 || !parsed.success) {
    throw new Error(`Checklist definition is not valid:\n- ${problems.join("\n- ")}`);
  }
  return parsed.data;
}
