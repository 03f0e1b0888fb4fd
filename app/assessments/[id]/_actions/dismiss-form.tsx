"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname } from "next/navigation";
import { Button, Details, Textarea } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { ACTION_NOTE_MAX, dismissSuggestionSchema, type DismissSuggestionInput } from "@/lib/actions/schemas.ts";
import { dismissSuggestionAction } from "@/app/actions/_forms/actions.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { initialActionFormState } from "@/app/actions/_forms/state.ts";

/** "No action needed": dismissing a suggestion takes a reason, which is kept with the assessment. */
export function DismissForm({ assessmentId, questionCode }: { assessmentId: string; questionCode: string }) {
  const pathname = usePathname();
  const f = useValidatedForm<DismissSuggestionInput, Record<string, never>, typeof initialActionFormState>(dismissSuggestionAction, zodResolver(dismissSuggestionSchema), initialActionFormState);
  const id = `dismiss-reason-${questionCode}`;
  const errors = Object.keys(f.errors).length > 0;
  return (
    <Details summary="Dismiss this suggestion" open={errors}>
      <FormErrorSummary id={`dismiss-errors-${questionCode}`} errors={f.errors} fields={{ reason: id }} fallback={id} />
      <form ref={f.formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate>
        <input type="hidden" value={assessmentId} readOnly {...f.register("assessmentId")} />
        <input type="hidden" value={questionCode} readOnly {...f.register("questionCode")} />
        <input type="hidden" name="returnTo" value={pathname} />
        <Textarea
          id={id}
          label="Why is no action needed?"
          labelSize="s"
          hint={`For example, the gap is already covered by another action or by national work. You can enter up to ${ACTION_NOTE_MAX.toLocaleString("en-GB")} characters.`}
          rows={3}
          defaultValue={f.state.values.reason}
          error={f.errors.reason}
          {...f.register("reason")}
        />
        {f.errors._form ? <p className="govuk-error-message">{f.errors._form}</p> : null}
        <Button type="submit" variant="secondary" disabled={f.pending} preventDoubleClick>
          Dismiss the suggestion<span className="govuk-visually-hidden"> for question {questionCode}</span>
        </Button>
      </form>
    </Details>
  );
}
