import type { Metadata } from "next";
import Link from "next/link";
import { Table, Tag } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listForces } from "@/lib/db/forces.ts";
import { listAssessments } from "@/lib/db/assessments.ts";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";

export const metadata: Metadata = { title: "Forces" };

/** Inspectors: all 44 forces with what each has submitted so far. */
export default async function ForcesPage() {
  const actor = await requireActor(["INSPECTOR"]);
  const [forces, assessments] = await Promise.all([listForces(actor), listAssessments(actor)]);
  const bySlug = new Map<string, typeof assessments>();
  for (const a of assessments) bySlug.set(a.force.slug, [...(bySlug.get(a.force.slug) ?? []), a]);
  const submitted = new Set(assessments.map((a) => a.force.slug)).size;
  return (
    <>
      <h1 className="govuk-heading-l">Forces</h1>
      <p className="govuk-body">
        {submitted} of {forces.length} forces have submitted a health check.
      </p>
      <Table
        scrollable
        caption="Forces and their submitted health checks"
        head={["Force", "Region", "Submitted health checks"]}
        firstCellIsHeader
        rows={forces.map((f) => [
          f.name,
          f.region,
          bySlug.get(f.slug)?.length ? (
            <ul className="govuk-list">
              {bySlug.get(f.slug)!.map((a) => (
                <li key={a.id}>
                  <Link className="govuk-link" href={`/assessments/${a.id}`}>
                    {a.cycle.name}<span className="govuk-visually-hidden"> for {f.name}</span>
                  </Link>{" "}
                  <Tag colour={STATUS_COLOURS[a.status]}>{STATUS_LABELS[a.status]}</Tag>
                </li>
              ))}
            </ul>
          ) : (
            "None yet"
          ),
        ])}
      />
    </>
  );
}
