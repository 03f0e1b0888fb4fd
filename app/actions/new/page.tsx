import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, InsetText } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import type { SuggestedAction } from "@/lib/actions/types.ts";
import { listActionOwners, listSuggestedActions } from "@/lib/db/actions.ts";
import { getAssessment } from "@/lib/db/assessments.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { ActionForm } from "../_forms/action-form.tsx";
import { suggestionDefaults } from "../_forms/defaults.ts";
import { canRaise } from "../load.ts";

export const metadata: Metadata = { title: "Raise an action" };

type Props = { searchParams: Promise<{ assessment?: string | string[]; question?: string | string[] }> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Where the action comes from: an answer (with its suggestion, if it still stands), or nowhere. */
async function origin(actor: Awaited<ReturnType<typeof requireActor>>, assessmentId?: string, question?: string) {
  if (!assessmentId || !question || !/^[A-Z][0-9]{1,3}$/.test(question)) return null;
  try {
    const [assessment, suggestions] = await Promise.all([getAssessment(actor, assessmentId), listSuggestedActions(actor, assessmentId, question)]);
    return { assessment, question, suggestion: (suggestions[0] ?? null) as SuggestedAction | null };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

/** Raise an action on its own, or from an answer: prefilled from the answer's suggested action when there is one. */
export default async function NewActionPage({ searchParams }: Props) {
  const actor = await requireActor(["PSD", "CHIEF_OFFICER"]);
  if (!canRaise(actor)) notFound();
  const sp = await searchParams;
  const from = await origin(actor, one(sp.assessment), one(sp.question));
  const owners = await listActionOwners(actor);
  const s = from?.suggestion;
  const answerPage = from ? `/assessments/${from.assessment.id}/sections/${s?.sectionCode ?? from.question[0]}/check` : null;
  const back = answerPage ?? "/actions";
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionForm
            mode={s ? "accept" : "create"}
            defaults={s ? suggestionDefaults(s) : from ? { questionCodes: from.question } : {}}
            hidden={s && from ? { assessmentId: from.assessment.id, questionCode: s.questionCode } : {}}
            owners={owners}
            cancelHref={back}
          >
            <span className="govuk-caption-l">{actor.forceName}</span>
            <h1 className="govuk-heading-l">{s ? "Raise the suggested action" : "Raise an action"}</h1>
            {s ? (
              <>
                <InsetText>
                  <p className="govuk-body">Suggested because of the answer to question {s.questionCode}:</p>
                  <p className="govuk-body govuk-!-margin-bottom-0">{s.reason}</p>
                </InsetText>
                <p className="govuk-body">Check the suggested title, description and priority, change anything you need, and give the action an owner and a due date.</p>
              </>
            ) : (
              <p className="govuk-body">Say what will be done, who owns it and by when. You can link it to the health check questions it answers.</p>
            )}
          </ActionForm>
        </div>
      </div>
    </>
  );
}
