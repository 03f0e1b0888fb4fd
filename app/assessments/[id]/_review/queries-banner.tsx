import { NotificationBanner, Tag } from "@/components";
import { can } from "@/lib/auth/permissions.ts";
import { requireActor } from "@/lib/auth/session.ts";
import type { AssessmentStatus } from "@/lib/auth/permissions.ts";
import { plural } from "@/lib/format.ts";
import { queriesForForce, questionHref } from "./load-queries.ts";

type Props = { assessment: { id: string; forceId: string; status: AssessmentStatus } };

/**
 * For the force's task list (and the send-for-sign-off page): the inspector's queries on a returned
 * assessment, each linking to its question, with whether it has a response yet. Nothing otherwise.
 */
export async function ReviewQueriesBanner({ assessment }: Props) {
  const actor = await requireActor();
  const queries = await queriesForForce(actor, assessment.id);
  if (queries.length === 0) return null;
  const editable = can(actor, "review:respond", assessment);
  const waiting = queries.filter((q) => !q.answered).length;
  return (
    <NotificationBanner title="Returned by the inspectorate" titleId="review-queries-title">
      <p className="govuk-notification-banner__heading">
        The inspector has {plural(queries.length, "query", "queries")} about your answers
      </p>
      <ul className="govuk-list">
        {queries.map((q) => (
          <li key={q.id}>
            <a className="govuk-notification-banner__link" href={questionHref(assessment.id, q, editable)}>
              {q.code}. {q.prompt}
            </a>{" "}
            <Tag colour={q.answered ? "green" : "grey"}>{q.answered ? "Response saved" : "No response yet"}</Tag>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        {actor.role === "PSD"
          ? waiting > 0
            ? `Respond to each query and change any answers that need it. ${plural(waiting, "query", "queries")} still ${waiting === 1 ? "needs" : "need"} a response before you can send the health check for sign-off again.`
            : "You have responded to every query. Send the health check for sign-off again when you are ready."
          : "Professional standards will respond to each query and send the health check to you for sign-off again."}
      </p>
    </NotificationBanner>
  );
}
