"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, ErrorSummary, Radios } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { sectionCompletionSchema } from "@/lib/assessments/section-schema.ts";
import type { z } from "zod";
import { completeSectionAction } from "./actions.ts";

type Input = z.input<typeof sectionCompletionSchema>;

export function CompleteSectionForm({ assessmentId, sectionCode, completed }: { assessmentId: string; sectionCode: string; completed: boolean }) {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<Input>(
    completeSectionAction,
    zodResolver(sectionCompletionSchema),
    { fieldErrors: {}, values: {} },
  );
  const summary = Object.entries(errors).map(([, text]) => ({ href: "#completed", text }));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" value={assessmentId} {...register("assessmentId")} />
      <input type="hidden" value={sectionCode} {...register("sectionCode")} />
      <Radios
        name="completed"
        legend="Have you completed this section?"
        legendSize="m"
        error={errors.completed}
        inline
        value={state.values.completed || (completed ? "yes" : undefined)}
        items={[
          { value: "yes", label: "Yes, I’ve completed this section" },
          { value: "no", label: "No, I’ll come back to it later" },
        ]}
        inputProps={register("completed")}
      />
      <Button type="submit" disabled={pending}>
        Continue
      </Button>
    </form>
  );
}
