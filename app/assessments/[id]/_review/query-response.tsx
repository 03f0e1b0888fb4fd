import { InsetText } from "@/components";
import { can } from "@/lib/auth/permissions.ts";
import { requireActor } from "@/lib/auth/session.ts";
import type { AssessmentStatus } from "@/lib/auth/permissions.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Lines } from "../_workflow/lines.tsx";
import { queriesForForce } from "./load-queries.ts";
import { ResponseForm } from "./response-form.tsx";

type Props = { assessment: { id: string; forceId: string; status: AssessmentStatus }; sectionCode: string; questionCode: string };

/**
 * On a question page of a returned assessment: the inspector's query on this answer and the
 * force's response box. Renders nothing when the question has no open query.
 */
export async function QueryResponse({ assessment, sectionCode, questionCode }: Props) {
  const actor = await requireActor();
  const query = (await queriesForForce(actor, assessment.id)).find((q) => q.code === questionCode);
  if (!query) return null;
  const latest = query.responses.at(-1);
  return (
    <section id="query" className="govuk-!-margin-top-6" aria-labelledby="query-heading">
      <h2 className="govuk-heading-l" id="query-heading">
        The inspector’s query
      </h2>
      <InsetText>
        <p className="govuk-body">
          <Lines text={query.body} />
        </p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          {query.author ?? "The inspectorate"}, {formatDateTime(query.createdAt)}
        </p>
      </InsetText>
      {latest ? (
        <p className="govuk-body-s">
          Response saved by {latest.author ?? "professional standards"}, {formatDateTime(latest.createdAt)}.
        </p>
      ) : null}
      {can(actor, "review:respond", assessment) ? (
        <ResponseForm
          assessmentId={assessment.id}
          queryId={query.id}
          code={questionCode}
          back={`/assessments/${assessment.id}/sections/${sectionCode}/${questionCode}`}
          current={latest?.body ?? ""}
        />
      ) : latest ? (
        <p className="govuk-body">
          <strong>Your force’s response:</strong> <Lines text={latest.body} />
        </p>
      ) : (
        <p className="govuk-body">Professional standards have not responded yet.</p>
      )}
    </section>
  );
}
