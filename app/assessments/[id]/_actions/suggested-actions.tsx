import { Button, NotificationBanner, SummaryList } from "@/components";
import { can } from "@/lib/auth/permissions.ts";
import { requireActor } from "@/lib/auth/session.ts";
import { PRIORITY_LABELS } from "@/lib/actions/filters.ts";
import { listSuggestedActions } from "@/lib/db/actions.ts";
import { DismissForm } from "./dismiss-form.tsx";

type Props = {
  assessment: { id: string; forceId: string };
  /** One question (question page) or a whole section (check answers). */
  questionCode?: string;
  sectionCode?: string;
  /** A confirmation after dismissing (the `suggestion` query parameter). */
  dismissed?: boolean;
};

export const newActionHref = (assessmentId: string, code?: string) => `/actions/new?assessment=${encodeURIComponent(assessmentId)}${code ? `&question=${code}` : ""}`;

/**
 * "Actions" beside an answer: raise an action from it, and, when the answer shows a gap, the action
 * we suggest, to accept (opens the new action form filled in, to change as needed) or dismiss with
 * a reason. Only for people who may change the force's actions.
 */
export async function SuggestedActions({ assessment, questionCode, sectionCode, dismissed }: Props) {
  const actor = await requireActor();
  if (!can(actor, "action:write", { forceId: assessment.forceId })) return null;
  const all = await listSuggestedActions(actor, assessment.id);
  const suggestions = all.filter((s) => (questionCode ? s.questionCode === questionCode : s.sectionCode === sectionCode));
  const headingId = "suggested-action-heading";
  return (
    <section id="suggested-action" className="govuk-!-margin-top-6 govuk-!-margin-bottom-6" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        Actions
      </h2>
      {dismissed ? <NotificationBanner type="success" titleHeadingLevel={3} heading="The suggestion has been dismissed" /> : null}
      {suggestions.map((s) => (
        <div key={s.questionCode} className="govuk-!-margin-bottom-8">
          <SummaryList
            card={{ title: `Suggested action${questionCode ? "" : ` for question ${s.questionCode}`}: ${s.title}`, headingLevel: 3 }}
            rows={[
              { key: "What to do", value: s.description },
              { key: "Priority", value: PRIORITY_LABELS[s.priority] },
              { key: "Why we suggest it", value: s.reason },
            ]}
          />
          <Button href={newActionHref(assessment.id, s.questionCode)} className="govuk-!-margin-bottom-4">
            Accept and raise this action<span className="govuk-visually-hidden"> for question {s.questionCode}</span>
          </Button>
          <DismissForm assessmentId={assessment.id} questionCode={s.questionCode} />
        </div>
      ))}
      <p className="govuk-body">
        <a className="govuk-link" href={newActionHref(assessment.id, questionCode)}>
          {questionCode ? (suggestions.length ? "Raise a different action for this question" : "Raise an action for this question") : suggestions.length ? "Raise a different action" : "Raise an action"}
        </a>
      </p>
    </section>
  );
}
