import { Tag } from "@/components";
import { NOT_JUDGED } from "@/lib/national/model.ts";
import { JUDGEMENT_RAG, judgementTagText, type Judgement } from "@/lib/review/judgements.ts";

/** A judgement as a RAG tag that names its colour in words; plain "Not judged" when there is none. */
export function JudgementTag({ judgement }: { judgement: Judgement | null }) {
  return judgement ? <Tag rag={JUDGEMENT_RAG[judgement]}>{judgementTagText(judgement)}</Tag> : <>{NOT_JUDGED}</>;
}
