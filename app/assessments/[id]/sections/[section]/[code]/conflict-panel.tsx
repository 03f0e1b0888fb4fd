import { Button, ButtonGroup, NotificationBanner, SummaryList } from "@/components";
import type { Conflict } from "./state.ts";

/** Someone saved this answer after it was opened: show both and let the person choose. */
export function ConflictPanel({ conflict }: { conflict: Conflict }) {
  const who = [conflict.by, conflict.at].filter(Boolean).join(", ");
  return (
    <NotificationBanner title="Important" heading="Someone else changed this answer after you opened it">
      <p className="govuk-body">Your answer has not been saved. Choose which answer to keep.</p>
      <SummaryList
        rows={[
          { key: "Your answer", value: conflict.mine },
          { key: `Saved answer${who ? ` (${who})` : ""}`, value: conflict.theirs },
        ]}
      />
      <input type="hidden" name="conflictVersion" value={conflict.version} />
      <ButtonGroup>
        <Button type="submit" name="intent" value="keep-mine">
          Keep my answer
        </Button>
        <Button type="submit" name="intent" value="use-theirs" variant="secondary">
          Use the saved answer
        </Button>
      </ButtonGroup>
    </NotificationBanner>
  );
}
