import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { Panel, SummaryList } from "@/components";
import { HOME_BY_ROLE } from "@/lib/auth/roles.ts";
import { requireActor } from "@/lib/auth/session.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { getSubmissionReceipt } from "@/lib/db/workflow-views.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { assessmentPath } from "../_workflow/load.ts";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await requireActor();
  try {
    return { actor, receipt: await getSubmissionReceipt(actor, id) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { receipt } = await load((await params).id);
  return { title: `Health check submitted – ${receipt.force.name}` };
}

export default async function SubmittedPage({ params }: Props) {
  const { actor, receipt } = await load((await params).id);
  const forceUser = actor.role === "PSD" || actor.role === "CHIEF_OFFICER";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Health check submitted">
          Your reference number
          <br />
          <strong data-testid="reference">{receipt.reference}</strong>
        </Panel>
        <p className="govuk-body">
          The {receipt.force.name} {receipt.cycle.name} health check was submitted to the inspectorate
          {receipt.submittedAt ? ` on ${formatDateTime(receipt.submittedAt)}` : ""}.
        </p>

        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The inspectorate will review the answers. They may ask {forceUser ? "your" : "the force's"} professional standards department
          questions about them, and will say when they accept the health check.
        </p>
        <p className="govuk-body">
          The answers can no longer be changed. If the inspectorate returns the health check, professional standards can change the
          answers and send it for sign-off again.
        </p>

        <h2 className="govuk-heading-m">Submission details</h2>
        <SummaryList
          rows={[
            { key: "Reference", value: receipt.reference },
            ...(receipt.declaration
              ? [
                  { key: "Signed off by", value: `${receipt.declaration.name}, ${receipt.declaration.role}` },
                  { key: "Date of the declaration", value: formatDate(receipt.declaration.date) },
                ]
              : []),
            ...(receipt.snapshot.sequence > 1 ? [{ key: "Submission", value: `Number ${receipt.snapshot.sequence}` }] : []),
            {
              key: "Submission fingerprint",
              value: (
                <>
                  <span className="govuk-!-text-break-word" data-testid="fingerprint">
                    {receipt.snapshot.sha256}
                  </span>
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                    A SHA-256 fingerprint of exactly what was submitted. If anything in the submission changed, the fingerprint would
                    no longer match.
                  </span>
                </>
              ),
            },
          ]}
        />

        <p className="govuk-body">
          <Link className="govuk-link" href={assessmentPath(receipt.id)}>
            View the health check
          </Link>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href={HOME_BY_ROLE[actor.role]}>
            Return to your overview
          </Link>
        </p>
      </div>
    </div>
  );
}
