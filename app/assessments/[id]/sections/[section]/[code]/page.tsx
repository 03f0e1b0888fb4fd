import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink, Details, InsetText } from "@/components";
import { valueToForm } from "@/lib/checklist/answer-form.ts";
import { applicableQuestions } from "@/lib/assessments/progress.ts";
import { previousQuestionCode } from "@/lib/assessments/navigation.ts";
import { loadAssessment, loadSection } from "../../../load.ts";
import { QuestionForm } from "./question-form.tsx";
import { EvidencePanel } from "../../../_evidence/evidence-panel.tsx";
import { SuggestedActions } from "../../../_actions/suggested-actions.tsx";
import { QueryResponse } from "../../../_review/query-response.tsx";

type Props = { params: Promise<{ id: string; section: string; code: string }>; searchParams: Promise<{ fresh?: string; suggestion?: string }> };

async function load(props: Props) {
  const { id, section: sectionCode, code } = await props.params;
  const ctx = await loadAssessment(id);
  const section = loadSection(ctx.checklist, sectionCode);
  const q = section.questions.find((x) => x.code === code);
  if (!q) notFound();
  return { ...ctx, section, q };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = await load(props);
  return { title: q.prompt };
}

/** One question per page (GOV.UK question pages), with its hint, "why we ask" and evidence. */
export default async function QuestionPage(props: Props) {
  const { assessment, checklist, values, editable, section, q } = await load(props);
  const base = `/assessments/${assessment.id}`;
  if (!editable) redirect(`${base}/sections/${section.code}/check`);
  const applicable = applicableQuestions(section.questions, values);
  const position = applicable.findIndex((x) => x.code === q.code);
  // A follow-up whose condition no longer holds is not asked.
  if (position === -1) redirect(`${base}/sections/${section.code}`);
  const previous = previousQuestionCode(section, values, q.code);
  const answer = assessment.answers[q.code];
  const recommendation = checklist.definition.recommendations.find((r) => r.id === q.cites);
  return (
    <>
      <BackLink href={previous ? `${base}/sections/${section.code}/${previous}` : base}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionForm
            // Not keyed on the version: a rejected save must keep its state, with or without JavaScript.
            key={`${q.code}-${(await props.searchParams).fresh ?? ""}`}
            assessmentId={assessment.id}
            q={q}
            defaults={valueToForm(q, answer?.value)}
            version={answer?.version ?? 0}
            caption={
              <>
                <span className="govuk-caption-l">
                  {section.code}. {section.title} (question {position + 1} of {applicable.length})
                </span>
                {answer?.carriedForward ? (
                  <InsetText>This answer was carried forward from your force&rsquo;s last accepted health check. Confirm it or change it.</InsetText>
                ) : null}
              </>
            }
          />
          <QueryResponse assessment={assessment} sectionCode={section.code} questionCode={q.code} />
          <EvidencePanel assessmentId={assessment.id} questionCode={q.code} editable={editable} />
          <SuggestedActions assessment={assessment} questionCode={q.code} dismissed={(await props.searchParams).suggestion === "dismissed"} />
          {recommendation ? (
            <Details summary="Why we ask">
              <p className="govuk-body govuk-!-font-weight-bold">{recommendation.title}</p>
              <p className="govuk-body">{recommendation.summary}</p>
              {q.guidance ? <p className="govuk-body">{q.guidance}</p> : null}
            </Details>
          ) : null}
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/sections/${section.code}/check`}>
              Check your answers for this section
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
