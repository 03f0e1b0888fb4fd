import { redirect } from "next/navigation";
import { firstUnanswered } from "@/lib/assessments/navigation.ts";
import { loadAssessment, loadSection } from "../../load.ts";

type Props = { params: Promise<{ id: string; section: string }> };

/** A section's task-list link: the first unanswered question, or its answers when all are in. */
export default async function SectionStart({ params }: Props) {
  const { id, section: code } = await params;
  const { assessment, checklist, values, editable } = await loadAssessment(id);
  const section = loadSection(checklist, code);
  const base = `/assessments/${assessment.id}/sections/${section.code}`;
  const next = editable ? firstUnanswered(section, values) : null;
  redirect(next ? `${base}/${next}` : `${base}/check`);
}
