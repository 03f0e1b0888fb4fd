import type { ReactNode } from "react";
import { MARKING_LABELS, type Marking } from "@/lib/evidence/schema.ts";
import { extensionOf } from "@/lib/evidence/names.ts";
import { FILE_TYPES } from "@/lib/evidence/sniff.ts";
import { formatFileSize } from "@/lib/evidence/limits.ts";
import { formatDateTime } from "@/lib/format.ts";
import type { EvidenceItem } from "@/lib/db/evidence.ts";

// Evidence items as the pages show them. No hooks: server pages and the client forms both render it.

export type EvidenceView = {
  id: string;
  title: string;
  href: string;
  /** A link to somewhere else, rather than a file we serve. */
  external: boolean;
  marking: string;
  details: string;
  added: string;
};

/** What a list needs of an item, whether it supports an answer or an action. */
export type EvidenceViewInput = {
  id: string;
  kind: "FILE" | "LINK";
  title: string;
  url: string | null;
  sizeBytes: number | null;
  marking: string;
  createdAt: Date | string;
  addedBy: string | null;
  mimeType?: string | null;
  fileName?: string | null;
};

/** An item as the lists show it; `fileHref` is where its file downloads from (links go to their address). */
export function toEvidenceView(e: EvidenceViewInput, fileHref: string): EvidenceView {
  const ext = e.fileName ? extensionOf(e.fileName) : "";
  const type = Object.values(FILE_TYPES).find((t) => (e.mimeType ? t.mimeType === e.mimeType : t.extensions.includes(ext)))?.label ?? "File";
  const host = e.url ? new URL(e.url).host : "";
  return {
    id: e.id,
    title: e.title,
    href: e.kind === "LINK" && e.url ? e.url : fileHref,
    external: e.kind === "LINK",
    marking: MARKING_LABELS[e.marking as Marking] ?? e.marking,
    details: e.kind === "LINK" ? `Link to ${host}` : `${type}, ${formatFileSize(e.sizeBytes ?? 0)}`,
    added: `Added ${formatDateTime(e.createdAt)}${e.addedBy ? ` by ${e.addedBy}` : ""}`,
  };
}

export function evidenceView(assessmentId: string, e: EvidenceItem): EvidenceView {
  return toEvidenceView(e, `/assessments/${assessmentId}/evidence/${e.id}`);
}

/** A GOV.UK summary list: the item (a download or a link), its marking and details, and an optional action. */
export function EvidenceList({ items, action }: { items: readonly EvidenceView[]; action?: (item: EvidenceView) => ReactNode }) {
  return (
    <dl className="govuk-summary-list">
      {items.map((item) => (
        <div key={item.id} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            <a className="govuk-link govuk-!-text-break-word" href={item.href} rel={item.external ? "noreferrer noopener" : undefined}>
              {item.title}
            </a>
          </dt>
          <dd className="govuk-summary-list__value">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{item.marking}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">{item.details}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">{item.added}</p>
          </dd>
          {action ? <dd className="govuk-summary-list__actions">{action(item)}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/** Read-only, compact: for check-answers pages, under each question's answer. */
export function EvidenceLinks({ items }: { items: readonly EvidenceView[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      {items.map((item) => (
        <li key={item.id}>
          <a className="govuk-link govuk-!-text-break-word" href={item.href} rel={item.external ? "noreferrer noopener" : undefined}>
            {item.title}
          </a>{" "}
          ({item.marking}; {item.details})
        </li>
      ))}
    </ul>
  );
}
