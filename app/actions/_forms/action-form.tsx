"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { PRIORITIES, PRIORITY_LABELS } from "@/lib/actions/filters.ts";
import { ACTION_DESCRIPTION_MAX, ACTION_TITLE_MAX, acceptSuggestionSchema, actionEditSchema, actionFormSchema, type ActionFormInput } from "@/lib/actions/schemas.ts";
import { NO_OWNER_LABEL } from "@/lib/actions/owners.ts";
import { acceptSuggestionAction, createActionAction, editActionAction } from "./actions.ts";
import { ConflictBanner } from "./conflict-banner.tsx";
import { SubmitOrCancel } from "./form-buttons.tsx";
import { dateError, dateFieldIds } from "@/components/forms/date-error.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { initialActionFormState } from "./state.ts";

export type ActionFormMode = "create" | "edit" | "accept";

const MODES = {
  create: { action: createActionAction, schema: actionFormSchema, submit: "Raise the action" },
  edit: { action: editActionAction, schema: actionEditSchema, submit: "Save changes" },
  accept: { action: acceptSuggestionAction, schema: acceptSuggestionSchema, submit: "Raise the action" },
} as const;

const FIELD_IDS: Record<string, string> = {
  title: "title",
  description: "description",
  questionCodes: "questionCodes",
  owner: "owner",
  ...dateFieldIds("dueDate"),
  priority: "priority",
  evidenceRequired: "evidenceRequired",
};

type Props = {
  mode: ActionFormMode;
  /** Starting values: the action being edited, or the suggestion being accepted. */
  defaults: Record<string, string>;
  /** Hidden fields: the action and its version (edit), or the suggestion's assessment and question (accept). */
  hidden: Record<string, string>;
  owners: readonly { value: string; label: string }[];
  cancelHref: string;
  /** The page's heading and introduction: the error summary must come before them. */
  children: React.ReactNode;
};

/** Raise, edit or accept a suggested action: one set of fields, checked in the browser and again on the server. */
export function ActionForm({ mode, defaults, hidden, owners, cancelHref, children }: Props) {
  const m = MODES[mode];
  const f = useValidatedForm<ActionFormInput, Record<string, never>, typeof initialActionFormState>(m.action, zodResolver(m.schema as typeof actionFormSchema) as unknown as Resolver<ActionFormInput>, initialActionFormState);
  const v = { ...defaults, ...f.state.values };
  const e = f.errors;
  const date = dateError(e, "dueDate");
  const version = f.state.conflict ? String(f.state.conflict.version) : hidden.expectedVersion;
  return (
    <>
      <FormErrorSummary errors={e} fields={FIELD_IDS} fallback="title" />
      {children}
      {f.state.conflict && hidden.actionId ? <ConflictBanner conflict={f.state.conflict} actionId={hidden.actionId} retry={m.submit} /> : null}
      <form ref={f.formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" value={name === "expectedVersion" ? version : value} readOnly {...f.register(name as keyof ActionFormInput)} />
        ))}
        <TextInput id="title" label="Title" labelSize="s" hint={`Say what will be done, in up to ${ACTION_TITLE_MAX} characters`} defaultValue={v.title} error={e.title} autoComplete="off" {...f.register("title")} />
        <Textarea
          id="description"
          label="Description (optional)"
          labelSize="s"
          hint={`What needs to happen and how you will know it is done. You can enter up to ${ACTION_DESCRIPTION_MAX.toLocaleString("en-GB")} characters.`}
          defaultValue={v.description}
          error={e.description}
          {...f.register("description")}
        />
        <TextInput
          id="questionCodes"
          label="Linked questions (optional)"
          labelSize="s"
          hint="The codes of the health check questions this action answers, separated by commas, for example E4, F1"
          defaultValue={v.questionCodes}
          error={e.questionCodes}
          spellCheck={false}
          autoComplete="off"
          width={20}
          {...f.register("questionCodes")}
        />
        <Select
          id="owner"
          label="Owner"
          labelSize="s"
          hint="A person in your force, or a post when the post matters more than who holds it"
          defaultValue={v.owner ?? ""}
          error={e.owner}
          items={[{ value: "", text: NO_OWNER_LABEL }, ...owners.map((o) => ({ value: o.value, text: o.label }))]}
          {...f.register("owner")}
        />
        <DateInput
          id="dueDate"
          legend="Due date"
          legendSize="s"
          hint="For example, 31 3 2027"
          error={date.text}
          errorFields={date.fields}
          values={{ day: v["dueDate-day"], month: v["dueDate-month"], year: v["dueDate-year"] }}
          fieldProps={{ day: f.register("dueDate-day"), month: f.register("dueDate-month"), year: f.register("dueDate-year") }}
        />
        <Radios
          name="priority"
          legend="Priority"
          legendSize="s"
          error={e.priority}
          value={v.priority}
          inline
          items={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
          inputProps={f.register("priority")}
        />
        <Checkboxes
          name="evidenceRequired"
          error={e.evidenceRequired}
          values={v.evidenceRequired === "yes" || v.evidenceRequired === "true" ? ["yes"] : []}
          items={[{ value: "yes", label: "Evidence is needed before this action can be marked as completed" }]}
          inputProps={f.register("evidenceRequired")}
        />
        {e._form ? <p className="govuk-error-message">{e._form}</p> : null}
        <SubmitOrCancel label={m.submit} pending={f.pending} cancelHref={cancelHref} />
      </form>
    </>
  );
}
