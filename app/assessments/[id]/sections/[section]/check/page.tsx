import type { Metadata } from "next";
import { BackLink, SummaryList } from "@/components";
import { applicableQuestions } from "@/lib/assessments/progress.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { listEvidence } from "@/lib/db/evidence.ts";
import { EvidenceLinks, evidenceView } from "../../../_evidence/evidence-list.tsx";
import { loadAssessment, loadSection } from "../../../load.ts";
import { CompleteSectionForm } from "./complete-form.tsx";
import { newActionHref, SuggestedActions } from "../../../_actions/suggested-actions.tsx";
import { can } from "@/lib/auth/permissions.ts";

type Props = { params: Promise<{ id: string; section: string }>; searchParams: Promise<{ suggestion?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, section } = await params;
  const { checklist } = await loadAssessment(id);
  return { title: `Check your answers: ${loadSection(checklist, section).title}` };
}

/** GOV.UK "Check answers" for one section; PSD staff can change answers and mark it completed. */
export default async function CheckSection({ params, searchParams }: Props) {
  const { id, section: code } = await params;
  const { actor, assessment, checklist, values, editable } = await loadAssessment(id);
  const section = loadSection(checklist, code);
  const base = `/assessments/${assessment.id}`;
  const questions = applicableQuestions(section.questions, values);
  const mayRaise = can(actor, "action:write", { forceId: assessment.forceId });
  const evidence = (await listEvidence(actor, assessment.id)).map((e) => ({ code: e.questionCode, view: evidenceView(assessment.id, e) }));
  return (
    <>
      <BackLink href={base}>Back to the task list</BackLink>
      <span className="govuk-caption-l">
        {assessment.force.name}: {section.code}. {section.title}
      </span>
      <h1 className="govuk-heading-l">{editable ? "Check your answers" : section.title}</h1>
      <SummaryList
        rows={questions.map((q) => ({
          key: `${q.code}. ${q.prompt}`,
          value: (
            <>
              {q.code in values ? formatAnswer(q, values[q.code]) : q.required ? "Not answered (required)" : "Not answered"}
              <EvidenceLinks items={evidence.filter((e) => e.code === q.code).map((e) => e.view)} />
            </>
          ),
          actions: [
            ...(editable ? [{ href: `${base}/sections/${section.code}/${q.code}`, text: q.code in values ? "Change" : "Answer", visuallyHiddenText: ` ${q.code}` }] : []),
            // Any answer can start an action, also once the health check has been submitted.
            ...(mayRaise ? [{ href: newActionHref(assessment.id, q.code), text: "Raise an action", visuallyHiddenText: ` about ${q.code}` }] : []),
          ],
        }))}
      />
      {editable ? (
        <CompleteSectionForm assessmentId={assessment.id} sectionCode={section.code} completed={assessment.completedSections.includes(section.code)} />
      ) : null}
      <SuggestedActions assessment={assessment} sectionCode={section.code} dismissed={(await searchParams).suggestion === "dismissed"} />
    </>
  );
}
