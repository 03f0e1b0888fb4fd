import { NoteFormPage, noteMetadata } from "../note-page.tsx";
import type { ActionPageProps } from "../load.ts";

export const generateMetadata = noteMetadata("progress");

export default function ProgressUpdatePage({ params }: ActionPageProps) {
  return <NoteFormPage params={params} kind="progress" />;
}
