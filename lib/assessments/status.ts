import type { AssessmentStatus } from "@/lib/auth/permissions.ts";

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  DRAFT: "Draft",
  READY_FOR_SIGN_OFF: "Ready for sign-off",
  SUBMITTED: "Submitted",
  RETURNED: "Returned by inspector",
  ACCEPTED: "Accepted",
};

import type { TagColour } from "@/components/Tag.tsx";

export const STATUS_COLOURS: Record<AssessmentStatus, TagColour> = {
  DRAFT: "grey",
  READY_FOR_SIGN_OFF: "yellow",
  SUBMITTED: "blue",
  RETURNED: "orange",
  ACCEPTED: "green",
};
