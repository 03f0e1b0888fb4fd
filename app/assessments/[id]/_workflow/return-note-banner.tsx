import { InsetText, NotificationBanner } from "@/components";
import type { Actor } from "@/lib/auth/roles.ts";
import { listSignOffNotes, type SignOffNote } from "@/lib/db/assessment-workflow.ts";
import { isDataError } from "@/lib/db/errors.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Lines } from "./lines.tsx";

/**
 * For the task list: the chief officer's latest return note, while it is still to be dealt with
 * (sending the health check for sign-off again resolves it). Renders nothing otherwise.
 */
export async function ReturnNoteBanner({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  if (actor.role !== "PSD" && actor.role !== "CHIEF_OFFICER") return null;
  let latest: SignOffNote | undefined;
  try {
    latest = (await listSignOffNotes(actor, assessmentId))[0];
  } catch (e) {
    // The page itself decides what is not found; the banner just stays away.
    if (isDataError(e)) return null;
    throw e;
  }
  if (!latest || latest.resolvedAt) return null;
  const psd = actor.role === "PSD";
  return (
    <NotificationBanner title={psd ? "Returned by your chief officer" : "Returned to professional standards"} titleId="return-note-title">
      <p className="govuk-notification-banner__heading">
        {psd ? "Your chief officer asked for changes" : "You returned the health check with this comment"}
      </p>
      <InsetText className="govuk-!-margin-top-2 govuk-!-margin-bottom-4">
        <p className="govuk-body">
          <Lines text={latest.comment} />
        </p>
        <p className="govuk-body-s">
          {latest.author ?? "A chief officer"}, {formatDateTime(latest.createdAt)}
        </p>
      </InsetText>
      <p className="govuk-body">
        {psd
          ? "Make the changes, then send the health check for sign-off again."
          : "Professional standards will send it to you again once they have made the changes."}
      </p>
    </NotificationBanner>
  );
}
