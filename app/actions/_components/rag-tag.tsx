import { Tag, type TagColour } from "@/components";
import { ACTION_STATUS_LABELS, RAG_LABELS, type ActionStatus, type Rag } from "@/lib/actions/rag.ts";

/** An action's RAG: the colour and, always, the words (colour never carries it alone). */
export function RagTag({ rag }: { rag: Rag }) {
  return <Tag rag={rag}>{RAG_LABELS[rag]}</Tag>;
}

const STATUS_COLOURS: Record<ActionStatus, TagColour> = { NOT_STARTED: "grey", IN_PROGRESS: "blue", BLOCKED: "orange", COMPLETED: "turquoise", CLOSED: "green" };

export function StatusTag({ status }: { status: ActionStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{ACTION_STATUS_LABELS[status]}</Tag>;
}
