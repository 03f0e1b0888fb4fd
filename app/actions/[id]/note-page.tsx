import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BackLink } from "@/components";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { NoteForm, type NoteFormKind } from "../_forms/note-form.tsx";
import { ActionPageHeading } from "./action-page-heading.tsx";
import { loadAction, type ActionPageProps } from "./load.ts";

// The pages that move an action on (progress, complete, close, reopen): the same frame around
// one note form, each only for people who may do that to the action now (else 404).

const ABILITY = { progress: "update", complete: "complete", close: "close", reopen: "reopen" } as const;
const HEADINGS: Record<NoteFormKind, string> = {
  progress: "Add a progress update",
  complete: "Mark the action as completed",
  close: "Check and close the action",
  reopen: "Reopen the action",
};

export function noteMetadata(kind: NoteFormKind) {
  return async ({ params }: ActionPageProps): Promise<Metadata> => {
    const { action } = await loadAction((await params).id, ABILITY[kind]);
    return { title: `${HEADINGS[kind]}: ${action.reference}` };
  };
}

/** `intro` is what the person reads before the form: the completion note to check, the evidence… */
export async function NoteFormPage({ params, kind, intro }: ActionPageProps & { kind: NoteFormKind; intro?: (a: ActionDetail) => ReactNode }) {
  const { action: a } = await loadAction((await params).id, ABILITY[kind]);
  return (
    <>
      <BackLink href={`/actions/${a.id}`}>Back to the action</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NoteForm kind={kind} actionId={a.id} version={a.version} status={a.status} cancelHref={`/actions/${a.id}`}>
            <ActionPageHeading action={a}>{HEADINGS[kind]}</ActionPageHeading>
            {intro?.(a)}
          </NoteForm>
        </div>
      </div>
    </>
  );
}
