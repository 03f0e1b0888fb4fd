import { NoteFormPage, noteMetadata } from "../note-page.tsx";
import type { ActionPageProps } from "../load.ts";

export const generateMetadata = noteMetadata("reopen");

/** A chief officer sends a completed or closed action back for more work, saying why. */
export default function ReopenPage({ params }: ActionPageProps) {
  return (
    <NoteFormPage
      params={params}
      kind="reopen"
      intro={() => <p className="govuk-body">The action goes back to &lsquo;in progress&rsquo; and professional standards will need to complete it again.</p>}
    />
  );
}
