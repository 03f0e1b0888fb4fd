import type { ReactNode } from "react";
import { InsetText } from "@/components";
import { reviewPath } from "./load.ts";

/** Why a step of the review cannot be taken now, and the way back to the review. */
export function NotNow({ assessmentId, children }: { assessmentId: string; children: ReactNode }) {
  return (
    <>
      <InsetText>{children}</InsetText>
      <p className="govuk-body">
        <a className="govuk-link" href={reviewPath(assessmentId)}>
          Go back to the review
        </a>
      </p>
    </>
  );
}
