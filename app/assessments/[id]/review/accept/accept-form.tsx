"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { Button, Fieldset, Radios, Select, Textarea, TextInput } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { emptyFormState } from "@/lib/forms/state.ts";
import { JUDGEMENTS, JUDGEMENT_HINTS, JUDGEMENT_LABELS, judgementTagText } from "@/lib/review/judgements.ts";
import { acceptSchema, NAME_MAX, sectionJudgementField, SUMMARY_MAX, type AcceptInput } from "@/lib/review/schemas.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { acceptAction } from "../actions.ts";

type Props = {
  assessmentId: string;
  version: number;
  forceName: string;
  defaultRegion: string;
  regions: string[];
  sections: { code: string; title: string }[];
  /** The heading and the summary of the review, between the error summary and the form. */
  children: ReactNode;
};

export function AcceptForm({ assessmentId, version, forceName, defaultRegion, regions, sections, children }: Props) {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<AcceptInput>(acceptAction, zodResolver(acceptSchema), emptyFormState);
  const v = state.values;
  const fields = {
    judgement: "judgement",
    ...Object.fromEntries(sections.map((s) => [sectionJudgementField(s.code), `section-${s.code}`])),
    summary: "summary",
    inspectorName: "inspectorName",
    inspectorRegion: "inspectorRegion",
  };
  return (
    <>
      <FormErrorSummary errors={errors} fields={fields} fallback="judgement" />
      {children}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" defaultValue={assessmentId} {...register("assessmentId")} />
        <input type="hidden" defaultValue={String(version)} {...register("expectedVersion")} />
        <Radios
          name="judgement"
          legend={`What progress has ${forceName} made?`}
          legendSize="m"
          hint="This is the headline judgement of the force’s status report."
          error={errors.judgement}
          value={v.judgement}
          items={JUDGEMENTS.map((j) => ({ value: j, label: `${JUDGEMENT_LABELS[j]} (${judgementTagText(j).split(":")[0]})`, hint: JUDGEMENT_HINTS[j] }))}
          inputProps={register("judgement")}
        />
        <div className="govuk-form-group">
        <Fieldset legend="Judgements for sections (optional)" legendSize="m" describedBy="sections-hint">
          <p className="govuk-hint" id="sections-hint">
            Give a judgement for any section that stands out. Leave the others as they are.
          </p>
          {sections.map((s) => {
            const name = sectionJudgementField(s.code);
            return (
              <Select
                key={s.code}
                id={`section-${s.code}`}
                label={`${s.code}. ${s.title}`}
                labelSize="s"
                error={errors[name]}
                defaultValue={v[name] ?? ""}
                items={[{ value: "", text: "No section judgement" }, ...JUDGEMENTS.map((j) => ({ value: j, text: JUDGEMENT_LABELS[j] }))]}
                {...register(name as `sectionJudgements.${string}`)}
              />
            );
          })}
        </Fieldset>
        </div>
        <Textarea
          id="summary"
          label="Summary of the inspectorate’s findings"
          labelSize="m"
          hint={`The HM Inspector’s statement in the force’s status report. You can enter up to ${SUMMARY_MAX.toLocaleString("en-GB")} characters.`}
          rows={8}
          defaultValue={v.summary}
          error={errors.summary}
          {...register("summary")}
        />
        <TextInput
          id="inspectorName"
          label="Name of the HM Inspector to be quoted"
          labelSize="s"
          hint={`As it should appear in the report. Up to ${NAME_MAX} characters.`}
          autoComplete="off"
          spellCheck={false}
          defaultValue={v.inspectorName}
          error={errors.inspectorName}
          {...register("inspectorName")}
        />
        <Select
          id="inspectorRegion"
          label="The HM Inspector’s region"
          labelSize="s"
          error={errors.inspectorRegion}
          defaultValue={v.inspectorRegion ?? defaultRegion}
          items={regions.map((r) => ({ value: r, text: r }))}
          {...register("inspectorRegion")}
        />
        <Button type="submit" disabled={pending} preventDoubleClick>
          Accept the assessment
        </Button>
      </form>
    </>
  );
}
