import { InsetText } from "@/components";
import { formatDateTime } from "@/lib/format.ts";
import { submissionName } from "@/lib/review/queue.ts";
import type { DecisionView } from "@/lib/review/state.ts";
import { Lines } from "../_workflow/lines.tsx";

// One query and the force's responses, as the inspector and the force both read it.


export function QueryThread({ query, showRound }: { query: DecisionView; showRound?: boolean }) {
  return (
    <div>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>Query{showRound ? ` on the ${submissionName(query.round)}` : ""}</strong>
        <span className="govuk-body-s">
          {" "}
          ({query.author ?? "The inspectorate"}, {formatDateTime(query.createdAt)})
        </span>
      </p>
      <p className="govuk-body">
        <Lines text={query.body} />
      </p>
      {query.responses.map((r, i) => (
        <InsetText key={r.id} className="govuk-!-margin-top-0">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{i === query.responses.length - 1 ? "The force’s response" : "An earlier response"}</strong>
            <span className="govuk-body-s">
              {" "}
              ({r.author ?? "Professional standards"}, {formatDateTime(r.createdAt)})
            </span>
          </p>
          <p className="govuk-body">
            <Lines text={r.body} />
          </p>
        </InsetText>
      ))}
    </div>
  );
}
