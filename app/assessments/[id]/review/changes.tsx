import { InsetText, Table } from "@/components";
import type { AnswerChange } from "@/lib/review/diff.ts";
import { CHANGE_LABELS } from "@/lib/review/diff.ts";
import { Lines } from "../_workflow/lines.tsx";
import { submissionName } from "@/lib/review/queue.ts";

/** On a resubmission: every answer that differs from the previous submission, before and after. */
export function ChangesSinceLastSubmission({ changes, round }: { changes: AnswerChange[]; round: number }) {
  return (
    <section aria-labelledby="changes-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="changes-heading">
        What changed since the {submissionName(round - 1)}
      </h2>
      {changes.length === 0 ? (
        <InsetText>The force did not change any answers. Check their responses to your queries below.</InsetText>
      ) : (
        <Table
          scrollable
          caption={`${changes.length === 1 ? "1 answer" : `${changes.length} answers`} changed`}
          captionSize="s"
          head={["Question", "Change", "Before", "After"]}
          firstCellIsHeader
          rows={changes.map((c) => [
            <a key="q" className="govuk-link" href={`#q-${c.code}`}>
              {c.code}. {c.prompt}
            </a>,
            CHANGE_LABELS[c.kind],
            <Lines key="b" text={c.before ?? "Not answered"} />,
            <Lines key="a" text={c.after ?? "No answer"} />,
          ])}
        />
      )}
    </section>
  );
}
