"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Textarea } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { emptyFormState } from "@/lib/forms/state.ts";
import { COMMENT_MAX, respondSchema, type RespondInput } from "@/lib/review/schemas.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { respondAction } from "./actions.ts";

type Props = { assessmentId: string; queryId: string; code: string; back: string; current: string };

export function ResponseForm({ assessmentId, queryId, code, back, current }: Props) {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<RespondInput>(respondAction, zodResolver(respondSchema), emptyFormState);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <FormErrorSummary errors={errors} fields={{ response: "response" }} fallback="response" />
      <input type="hidden" defaultValue={assessmentId} {...register("assessmentId")} />
      <input type="hidden" defaultValue={queryId} {...register("queryId")} />
      <input type="hidden" name="back" defaultValue={back} />
      <Textarea
        id="response"
        label={`Your response to the query on ${code}`}
        labelSize="s"
        hint={`The inspector reads this with your answer when your chief officer submits the health check again. If the answer was wrong, change it above as well. You can enter up to ${COMMENT_MAX.toLocaleString("en-GB")} characters.`}
        defaultValue={state.values.response ?? current}
        error={errors.response}
        {...register("response")}
      />
      <Button type="submit" variant="secondary" disabled={pending} preventDoubleClick>
        Save your response
      </Button>
    </form>
  );
}
