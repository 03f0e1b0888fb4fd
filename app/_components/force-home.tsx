import Link from "next/link";
import { Button, InsetText, SummaryList, Tag } from "@/components";
import { startAssessmentAction } from "../psd/actions.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { listCyclesForOwnForce } from "@/lib/db/assessments.ts";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";
import { formatDate } from "@/lib/format.ts";

/** PSD staff and chief officers: each cycle with their force's assessment and its status. */
export async function ForceCycles({ actor }: { actor: Actor }) {
  const cycles = await listCyclesForOwnForce(actor);
  if (cycles.length === 0) return <InsetText>No assessment cycles have been opened yet.</InsetText>;
  return (
    <>
      {cycles.map(({ cycle, assessment }) => (
        <section key={cycle.id} className="govuk-!-margin-bottom-8" aria-labelledby={`cycle-${cycle.slug}`}>
          <h2 className="govuk-heading-m" id={`cycle-${cycle.slug}`}>
            {cycle.name}
          </h2>
          <SummaryList
            rows={[
              { key: "Reporting period", value: `${formatDate(cycle.periodStart)} to ${formatDate(cycle.periodEnd)}` },
              { key: "Deadline", value: formatDate(cycle.deadline) },
              {
                key: "Status",
                value: assessment ? (
                  <Tag colour={STATUS_COLOURS[assessment.status]}>{STATUS_LABELS[assessment.status]}</Tag>
                ) : (
                  <Tag colour="grey">Not started</Tag>
                ),
              },
              ...(assessment
                ? [
                    { key: "Reference", value: assessment.reference },
                    { key: "Progress", value: `${assessment.progress.sectionsCompleted} of ${assessment.progress.sectionsTotal} sections completed` },
                  ]
                : []),
            ]}
          />
          {assessment ? (
            <p className="govuk-body">
              <Link className="govuk-link" href={`/assessments/${assessment.id}`}>
                View the {cycle.name} health check<span className="govuk-visually-hidden"> for {actor.forceName}</span>
              </Link>
            </p>
          ) : actor.role === "PSD" && cycle.isOpen ? (
            <form action={startAssessmentAction}>
              <input type="hidden" name="cycleSlug" value={cycle.slug} />
              <Button type="submit" isStartButton>
                Start the {cycle.name} health check
              </Button>
            </form>
          ) : null}
        </section>
      ))}
    </>
  );
}
