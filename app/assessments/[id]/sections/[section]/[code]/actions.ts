"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session.ts";
import { saveAnswer } from "@/lib/db/answers.ts";
import { getAssessment } from "@/lib/db/assessments.ts";
import { checklistForVersion } from "@/lib/db/checklist.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { parseAnswerForm, type FormValues } from "@/lib/checklist/answer-form.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { nextQuestionCode } from "@/lib/assessments/navigation.ts";
import { formatDateTime } from "@/lib/format.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import type { QuestionFormState, Conflict, AutosaveResult } from "./state.ts";

const INTENTS = ["continue", "later", "keep-mine", "use-theirs"] as const;

function formValues(formData: FormData, code: string): FormValues {
  const out: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key !== code && !key.startsWith(`${code}-`)) continue;
    const all = formData.getAll(key).map(String);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function conflictOf(q: QuestionDefinition, e: ConflictError, mine: unknown): Conflict {
  const current = e.current as { value: unknown; version: number; updatedBy: string | null; updatedAt: Date | null };
  return {
    theirs: current.value === null ? "No answer (it was cleared)" : formatAnswer(q, current.value),
    mine: mine === null ? "No answer" : formatAnswer(q, mine),
    version: current.version,
    by: current.updatedBy,
    at: current.updatedAt ? formatDateTime(current.updatedAt) : null,
  };
}

async function context(assessmentId: string, code: string) {
  const actor = await requireActor();
  const assessment = await getAssessment(actor, assessmentId);
  const checklist = await checklistForVersion(assessment.checklistVersionId);
  const q = checklist.questionByCode.get(code);
  const section = checklist.sectionOfQuestion.get(code);
  if (!q || !section) throw new NotFoundError();
  return { actor, assessment, q, section };
}

/** "Save and continue" / "Save and come back later" / resolving a conflict: works with JavaScript off. */
export async function saveQuestionAction(_state: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  const assessmentId = String(formData.get("assessmentId") ?? "");
  const code = String(formData.get("code") ?? "");
  const intent = INTENTS.find((i) => i === formData.get("intent")) ?? "continue";
  const { actor, assessment, q, section } = await context(assessmentId, code).catch(() => redirect("/"));
  const base = `/assessments/${assessmentId}`;
  const here = `${base}/sections/${section.code}/${code}`;
  // A fresh key makes the page start again from the saved answer.
  if (intent === "use-theirs") redirect(`${here}?fresh=${Date.now()}`);

  const values = formValues(formData, code);
  const parsed = parseAnswerForm(q, values, { required: intent !== "later" });
  if (!parsed.ok) return { fieldErrors: parsed.errors, values };
  const expectedVersion = Number(formData.get(intent === "keep-mine" ? "conflictVersion" : "version") ?? 0);
  try {
    await saveAnswer(actor, { assessmentId, code, value: parsed.value, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : -1 });
  } catch (e) {
    if (e instanceof ConflictError) return { fieldErrors: {}, values, conflict: conflictOf(q, e, parsed.value) };
    if (e instanceof ValidationError) return { fieldErrors: { [code]: Object.values(e.fieldErrors)[0] ?? "Check your answer" }, values };
    if (e instanceof ForbiddenError) return { fieldErrors: { _form: e.message }, values };
    throw e;
  }
  revalidatePath(base);
  if (intent === "later") redirect(`${base}?saved=${code}`);
  const answers = { ...assessment.values };
  if (parsed.value === null) delete answers[code];
  else answers[code] = parsed.value;
  const next = nextQuestionCode(section, answers, code);
  redirect(next ? `${base}/sections/${section.code}/${next}` : `${base}/sections/${section.code}/check`);
}

/** Autosave while typing (JavaScript on): saves only values that are valid; never shows errors. */
export async function autosaveAction(input: { assessmentId: string; code: string; values: FormValues; version: number }): Promise<AutosaveResult> {
  try {
    const { actor, q } = await context(String(input.assessmentId), String(input.code));
    const parsed = parseAnswerForm(q, input.values ?? {}, { required: false });
    if (!parsed.ok) return { status: "invalid" };
    const saved = await saveAnswer(actor, { assessmentId: input.assessmentId, code: input.code, value: parsed.value, expectedVersion: input.version });
    return { status: "saved", version: saved?.version ?? 0, savedAt: new Date().toISOString() };
  } catch (e) {
    if (e instanceof ConflictError) {
      const { q } = await context(String(input.assessmentId), String(input.code));
      const parsed = parseAnswerForm(q, input.values ?? {}, { required: false });
      return { status: "conflict", conflict: conflictOf(q, e, parsed.ok ? parsed.value : null) };
    }
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { status: "locked", message: e.message };
    if (e instanceof ValidationError) return { status: "invalid" };
    throw e;
  }
}
