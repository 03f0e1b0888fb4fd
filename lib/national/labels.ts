import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { currentChecklist } from "@/lib/checklist/index.ts";
import { POLICY_STATUSES } from "@/lib/checklist/types.ts";

// Policy statuses in the words the answer pages use, read through the same formatter so the
// national tables never drift from what forces chose.

const policyQuestion = currentChecklist.questionByCode.get("C2")!;

export const POLICY_STATUS_COLUMNS = POLICY_STATUSES.map((status) => ({ status, label: formatAnswer(policyQuestion, status) }));
