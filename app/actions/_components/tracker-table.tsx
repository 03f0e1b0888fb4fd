import Link from "next/link";
import { Table, type TableCell } from "@/components";
import { ACTION_STATUS_LABELS } from "@/lib/actions/rag.ts";
import { PRIORITY_LABELS, type ActionFilters, type ActionSort } from "@/lib/actions/filters.ts";
import type { ActionSummary } from "@/lib/actions/types.ts";
import { RagTag } from "./rag-tag.tsx";
import { trackerHref } from "./tracker-href.ts";

type SortKey = Exclude<ActionSort, `-${string}`>;

// What the first click on a header sorts by; a second click reverses it.
const FIRST_DIRECTION: Record<SortKey, "" | "-"> = { reference: "", title: "", due: "", priority: "", status: "", updated: "-" };
const WORDS: Record<SortKey, [string, string]> = {
  reference: ["first raised first", "last raised first"],
  title: ["A to Z", "Z to A"],
  due: ["soonest first", "latest first"],
  priority: ["highest first", "lowest first"],
  status: ["not started first", "closed first"],
  updated: ["oldest first", "newest first"],
};

/** A column header that sorts by its column: a link (works without JavaScript) with aria-sort on the header. */
function sortHeader(label: string, key: SortKey, filters: ActionFilters): TableCell {
  const current = filters.sort === key ? "ascending" : filters.sort === `-${key}` ? "descending" : "none";
  const next = (current === "none" ? FIRST_DIRECTION[key] : current === "ascending" ? "-" : "") + key;
  const [up, down] = WORDS[key];
  return {
    ariaSort: current,
    content: (
      <a className="govuk-link app-sort-link" href={trackerHref({ ...filters, sort: next as ActionSort, page: 1 })}>
        {label}
        <span className="govuk-visually-hidden"> (sort {next.startsWith("-") ? down : up})</span>
      </a>
    ),
  };
}

type Props = {
  rows: readonly ActionSummary[];
  caption: string;
  /** The tracker's view: headers become sort links. Without it (the print view) the table is plain text. */
  filters?: ActionFilters;
  showForce: boolean;
};

// Short months keep eight columns within the page width ("25 Sept 2026").
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/London" });
const day = (iso: string) => <span className="app-nowrap">{shortDate.format(new Date(iso))}</span>;

/** One row per action, RAG in words; on screen titles link to the action, on paper the linked questions are listed. */
export function TrackerTable({ rows, caption, filters, showForce }: Props) {
  const header = (label: string, key: SortKey) => (filters ? sortHeader(label, key, filters) : label);
  return (
    <Table
      caption={caption}
      captionSize="s"
      className="app-table--compact"
      scrollable
      scrollLabel={`${caption} (scrolls sideways)`}
      head={[
        header("Reference", "reference"),
        header("Action", "title"),
        ...(showForce ? ["Force"] : []),
        "Owner",
        header("Due", "due"),
        header("Priority", "priority"),
        header("Status", "status"),
        "RAG",
        filters ? header("Updated", "updated") : "Questions",
      ]}
      rows={rows.map((a) => [
        <span key="ref" className="app-nowrap">
          {a.reference}
        </span>,
        {
          className: "app-col-title",
          content: filters ? (
            <Link className="govuk-link" href={`/actions/${a.id}`}>
              {a.title}
            </Link>
          ) : (
            a.title
          ),
        },
        ...(showForce ? [a.forceName] : []),
        a.ownerLabel,
        day(a.dueDate),
        PRIORITY_LABELS[a.priority],
        ACTION_STATUS_LABELS[a.status],
        <RagTag key="r" rag={a.rag} />,
        filters ? day(a.updatedAt) : a.questionCodes.join(", "),
      ])}
    />
  );
}
