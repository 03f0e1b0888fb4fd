"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { isDataError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { acceptAssessment, decideAnswer, returnAssessment } from "@/lib/db/review-decisions.ts";
import { valuesOf, type FormState } from "@/lib/forms/state.ts";
import { acceptInputFromForm, sectionJudgementField } from "@/lib/review/schemas.ts";
import { reviewPath } from "./load.ts";

// The review's server actions: each re-checks who is asking and re-validates with the same zod
// schema, inside the data layer. Field errors go back to the form with what was typed; anything
// else (changed meanwhile, no longer under review) sends the inspector to the review page, which
// says where the assessment now stands.

type Outcome = { state: FormState } | { go: string };

async function run(id: string, values: Record<string, string>, act: () => Promise<unknown>, done: string, fields: readonly string[]): Promise<Outcome> {
  try {
    await act();
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ValidationError && Object.keys(e.fieldErrors).every((k) => fields.includes(k))) return { state: { fieldErrors: e.fieldErrors, values } };
    if (!isDataError(e)) throw e;
    return { go: reviewPath(id, "?changed=1") };
  }
  revalidatePath(`/assessments/${encodeURIComponent(id)}`, "layout");
  revalidatePath("/review");
  return { go: done };
}

const finish = (o: Outcome): FormState => {
  if ("go" in o) redirect(o.go);
  return o.state;
};

/** "Accept" beside an answer: a plain form post, no client code needed. */
export async function acceptAnswerAction(formData: FormData): Promise<void> {
  const actor = await requireActor(["INSPECTOR"]);
  const values = valuesOf(formData, ["assessmentId", "code"]);
  const id = values.assessmentId ?? "";
  const code = values.code ?? "";
  finish(await run(id, values, () => decideAnswer(actor, { ...values, decision: "accept" }), reviewPath(id, `?accepted=${encodeURIComponent(code)}#q-${code}`), []));
}

export async function queryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(["INSPECTOR"]);
  const values = valuesOf(formData, ["assessmentId", "code", "comment"]);
  const id = values.assessmentId ?? "";
  const code = values.code ?? "";
  const done = reviewPath(id, `?queried=${encodeURIComponent(code)}#q-${code}`);
  return finish(await run(id, values, () => decideAnswer(actor, { ...values, decision: "query" }), done, ["comment"]));
}

/** "Return to the force" on the check page: a plain form post. */
export async function returnAction(formData: FormData): Promise<void> {
  const actor = await requireActor(["INSPECTOR"]);
  const values = valuesOf(formData, ["assessmentId", "expectedVersion"]);
  const id = values.assessmentId ?? "";
  finish(await run(id, values, () => returnAssessment(actor, values), reviewPath(id, "/done"), []));
}

const ACCEPT_FIELDS = ["judgement", "summary", "inspectorName", "inspectorRegion"] as const;

export async function acceptAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(["INSPECTOR"]);
  const sections = [...formData.keys()].filter((k) => /^sectionJudgements\.[A-Z]$/.test(k));
  const values = valuesOf(formData, ["assessmentId", "expectedVersion", ...ACCEPT_FIELDS, ...sections]);
  const id = values.assessmentId ?? "";
  const fields = [...ACCEPT_FIELDS, ...sections.map((k) => sectionJudgementField(k.slice(-1)))];
  return finish(await run(id, values, () => acceptAssessment(actor, acceptInputFromForm(values)), reviewPath(id, "/done"), fields));
}
