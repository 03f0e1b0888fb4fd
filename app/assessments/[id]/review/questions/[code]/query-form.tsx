"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Textarea } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { emptyFormState } from "@/lib/forms/state.ts";
import { COMMENT_MAX, decisionSchema, type DecisionInput } from "@/lib/review/schemas.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { queryAction } from "../../actions.ts";

type Props = { assessmentId: string; code: string; current: string; children: React.ReactNode };

/** The inspector's query on one answer. The page's heading and the answer go between the error summary and the form. */
export function QueryForm({ assessmentId, code, current, children }: Props) {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<DecisionInput>(queryAction, zodResolver(decisionSchema), emptyFormState);
  return (
    <>
      <FormErrorSummary errors={errors} fields={{ comment: "comment" }} fallback="comment" />
      {children}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" defaultValue={assessmentId} {...register("assessmentId")} />
        <input type="hidden" defaultValue={code} {...register("code")} />
        <input type="hidden" defaultValue="query" {...register("decision")} />
        <Textarea
          id="comment"
          label="Your query"
          labelSize="m"
          hint={`Say what the force needs to explain or change. They will see it when you return the assessment. You can enter up to ${COMMENT_MAX.toLocaleString("en-GB")} characters.`}
          defaultValue={state.values.comment ?? current}
          error={errors.comment}
          {...register("comment")}
        />
        <Button type="submit" disabled={pending} preventDoubleClick>
          Save the query
        </Button>
      </form>
    </>
  );
}
