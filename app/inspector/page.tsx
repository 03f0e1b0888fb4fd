import type { Metadata } from "next";
import { InsetText } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listAssessments } from "@/lib/db/assessments.ts";
import { AssessmentTable } from "../_components/assessment-table.tsx";

export const metadata: Metadata = { title: "Submitted assessments" };

export default async function InspectorHome() {
  const actor = await requireActor(["INSPECTOR"]);
  const assessments = await listAssessments(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Submitted assessments</h1>
      <p className="govuk-body">Health checks that forces have submitted to the inspectorate. Drafts are not shown until a force submits them.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/review">
          Review submitted assessments
        </a>{" "}
        to query answers, return an assessment to its force or accept it with a judgement.
      </p>
      {assessments.length === 0 ? (
        <InsetText>No force has submitted an assessment yet.</InsetText>
      ) : (
        <AssessmentTable assessments={assessments} caption={`${assessments.length} submitted assessments`} showForce />
      )}
    </>
  );
}
