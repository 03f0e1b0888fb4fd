import Link from "next/link";
import type { ActionSummary } from "@/lib/actions/types.ts";
import { formatDate } from "@/lib/format.ts";
import { RagTag } from "./rag-tag.tsx";

/** A short list of actions that reads at any width (the dashboard's lists): title, then its facts. */
export function ActionList({ rows, label }: { rows: readonly ActionSummary[]; label: string }) {
  return (
    <ul className="govuk-list app-action-list" aria-label={label}>
      {rows.map((a) => (
        <li key={a.id} className="app-action-list__item">
          <Link className="govuk-link govuk-!-font-weight-bold" href={`/actions/${a.id}`}>
            {a.title}
          </Link>
          <p className="govuk-body-s govuk-!-margin-bottom-0 govuk-!-margin-top-1">
            {a.reference}, {a.ownerLabel}, due {formatDate(a.dueDate)} <RagTag rag={a.rag} />
          </p>
        </li>
      ))}
    </ul>
  );
}
