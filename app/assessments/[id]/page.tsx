import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SummaryList, Tag } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { getAssessment } from "@/lib/db/assessments.ts";
import { checklistForVersion } from "@/lib/db/checklist.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { applicableQuestions, SECTION_STATUS_LABELS } from "@/lib/assessments/progress.ts";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { formatDate } from "@/lib/format.ts";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    const assessment = await getAssessment(actor, id);
    return { actor, assessment, checklist: await checklistForVersion(assessment.checklistVersionId) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { assessment } = await load((await params).id);
  return { title: `${assessment.cycle.name} health check – ${assessment.force.name}` };
}

export default async function AssessmentPage({ params }: Props) {
  const { assessment, checklist } = await load((await params).id);
  const values = Object.fromEntries(Object.entries(assessment.answers).map(([k, v]) => [k, v.value]));
  const statusBySection = new Map(assessment.progressDetail.sections.map((s) => [s.code, s.status]));
  return (
    <>
      <span className="govuk-caption-l">{assessment.force.name}</span>
      <h1 className="govuk-heading-l">{assessment.cycle.name} health check</h1>
      <SummaryList
        rows={[
          { key: "Status", value: <Tag colour={STATUS_COLOURS[assessment.status]}>{STATUS_LABELS[assessment.status]}</Tag> },
          { key: "Reference", value: assessment.reference },
          { key: "Reporting period", value: `${formatDate(assessment.cycle.periodStart)} to ${formatDate(assessment.cycle.periodEnd)}` },
          { key: "Checklist", value: `Version ${assessment.checklistVersion}` },
          { key: "Progress", value: `${assessment.progress.sectionsCompleted} of ${assessment.progress.sectionsTotal} sections completed` },
          ...(assessment.declaration
            ? [{ key: "Signed off by", value: `${assessment.declaration.name}, ${assessment.declaration.role}, ${formatDate(assessment.declaration.date)}` }]
            : []),
        ]}
      />
      {checklist.definition.sections.map((section) => (
        <section key={section.code} aria-labelledby={`section-${section.code}`} className="govuk-!-margin-top-8">
          <h2 className="govuk-heading-m" id={`section-${section.code}`}>
            {section.code}. {section.title}
          </h2>
          <p className="govuk-body">
            <Tag colour={statusBySection.get(section.code) === "COMPLETED" ? "green" : "grey"}>
              {SECTION_STATUS_LABELS[statusBySection.get(section.code) ?? "NOT_STARTED"]}
            </Tag>
          </p>
          <SummaryList
            rows={applicableQuestions(section.questions, values).map((q) => ({
              key: `${q.code}. ${q.prompt}`,
              value: formatAnswer(q, values[q.code]),
            }))}
          />
        </section>
      ))}
    </>
  );
}
