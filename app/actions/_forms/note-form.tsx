"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import { Radios, Textarea } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/actions/rag.ts";
import { ACTION_NOTE_MAX, UPDATE_STATUSES, actionUpdateSchema, closeActionSchema, completeActionSchema, reopenActionSchema } from "@/lib/actions/schemas.ts";
import { closeActionAction, completeActionAction, progressAction, reopenActionAction } from "./actions.ts";
import { ConflictBanner } from "./conflict-banner.tsx";
import { SubmitOrCancel } from "./form-buttons.tsx";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { initialActionFormState } from "./state.ts";

const CHARS = `You can enter up to ${ACTION_NOTE_MAX.toLocaleString("en-GB")} characters.`;

// The forms that move an action on: each is a note (and, for progress, a status) plus the version seen.
const KINDS = {
  progress: { action: progressAction, schema: actionUpdateSchema, field: "note", label: "What has happened since the last update", hint: `For example, what was done, what was decided or what is in the way. ${CHARS}`, submit: "Add the update", warning: false },
  complete: { action: completeActionAction, schema: completeActionSchema, field: "completionNote", label: "Completion note", hint: `Say what was done and how it meets the action. A chief officer reads this before closing it. ${CHARS}`, submit: "Mark as completed", warning: false },
  close: { action: closeActionAction, schema: closeActionSchema, field: "note", label: "Note (optional)", hint: `Anything you want on record about your check. ${CHARS}`, submit: "Close the action", warning: false },
  reopen: { action: reopenActionAction, schema: reopenActionSchema, field: "reason", label: "Why the action needs more work", hint: `Professional standards will see this reason. ${CHARS}`, submit: "Reopen the action", warning: true },
} as const;
export type NoteFormKind = keyof typeof KINDS;

type Props = {
  kind: NoteFormKind;
  actionId: string;
  version: number;
  /** Progress updates: the action's status now, chosen to begin with. */
  status?: ActionStatus;
  cancelHref: string;
  /** The page's heading and what it shows before the form: the error summary goes above it. */
  children: ReactNode;
};

/** Progress update, completion, closing or reopening: checked in the browser and again on the server. */
export function NoteForm({ kind, actionId, version, status, cancelHref, children }: Props) {
  const k = KINDS[kind];
  const f = useValidatedForm<FieldValues, Record<string, never>, typeof initialActionFormState>(k.action, zodResolver(k.schema as typeof reopenActionSchema) as unknown as Resolver<FieldValues>, initialActionFormState);
  const v = f.state.values;
  const e = f.errors;
  const fields: Record<string, string> = { ...(kind === "progress" ? { status: "status" } : {}), [k.field]: k.field, evidence: "evidence" };
  return (
    <>
      <FormErrorSummary errors={e} fields={fields} fallback={k.field} />
      {children}
      {f.state.conflict ? <ConflictBanner conflict={f.state.conflict} actionId={actionId} retry={k.submit} /> : null}
      <form ref={f.formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate>
        <input type="hidden" value={actionId} readOnly {...f.register("actionId")} />
        <input type="hidden" value={String(f.state.conflict?.version ?? version)} readOnly {...f.register("expectedVersion")} />
        {kind === "progress" ? (
          <Radios
            name="status"
            legend="Status"
            legendSize="s"
            hint="Leave it as it is if the status has not changed"
            error={e.status}
            value={v.status || status}
            items={UPDATE_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
            inputProps={f.register("status")}
          />
        ) : null}
        <Textarea id={k.field} label={k.label} labelSize="s" hint={k.hint} defaultValue={v[k.field]} error={e[k.field]} {...f.register(k.field)} />
        {e._form ? <p className="govuk-error-message">{e._form}</p> : null}
        <SubmitOrCancel label={k.submit} pending={f.pending} cancelHref={cancelHref} warning={k.warning} />
      </form>
    </>
  );
}
