import { NotificationBanner, SummaryList } from "@/components";
import type { ActionConflict } from "./state.ts";

/**
 * Someone saved the action after this form was opened. Nothing was saved: the person sees the
 * action as it is now, keeps what they typed, and decides whether to save it again on top.
 */
export function ConflictBanner({ conflict, actionId, retry }: { conflict: ActionConflict; actionId: string; retry: string }) {
  return (
    <NotificationBanner title="Important" heading="Someone else changed this action after you opened it">
      <p className="govuk-body">Your change has not been saved. This is the action as it is now:</p>
      <SummaryList rows={conflict.rows.map((r) => ({ key: r.key, value: r.value }))} />
      <p className="govuk-body">
        Your change is still in the form below. To apply it on top of these values, check it and select &lsquo;{retry}&rsquo; again.
        Or{" "}
        <a className="govuk-notification-banner__link" href={`/actions/${encodeURIComponent(actionId)}`}>
          leave your change and go back to the action
        </a>
        .
      </p>
    </NotificationBanner>
  );
}
