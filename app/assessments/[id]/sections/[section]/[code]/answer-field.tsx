"use client";
import type { UseFormRegister } from "react-hook-form";
import { Checkboxes, DateInput, Radios, TextInput, Textarea } from "@/components";
import type { FormValues } from "@/lib/checklist/answer-form.ts";
import type { Option, QuestionDefinition } from "@/lib/checklist/types.ts";

// The control for each answer type, with the question as the page heading (legend or label).

const YES_NO: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const YES_NO_PARTLY: Option[] = [...YES_NO, { value: "partly", label: "Partly" }];
const POLICY: Option[] = [
  { value: "updated_communicated", label: "Updated and communicated to staff" },
  { value: "updated_not_communicated", label: "Updated, not yet communicated to staff" },
  { value: "under_review", label: "Under review" },
  { value: "not_started", label: "Not started" },
];

type Props = {
  q: QuestionDefinition;
  defaults: FormValues;
  errors: Record<string, string>;
  register: UseFormRegister<FormValues>;
};

const str = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function AnswerField({ q, defaults, errors, register }: Props) {
  const common = { legend: q.prompt, legendIsPageHeading: true, legendSize: "l" as const, hint: q.hint };
  switch (q.type) {
    case "yes_no":
    case "yes_no_partly":
    case "policy_status":
    case "choice": {
      const items: Option[] = q.type === "yes_no" ? YES_NO : q.type === "yes_no_partly" ? YES_NO_PARTLY : q.type === "policy_status" ? POLICY : (q.options ?? []);
      if (q.type === "choice" && q.multiple) {
        const current = defaults[q.code];
        return (
          <Checkboxes
            {...common}
            name={q.code}
            error={errors[q.code]}
            items={items.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
            values={Array.isArray(current) ? current : current ? [current] : []}
            inputProps={register(q.code)}
          />
        );
      }
      return (
        <Radios
          {...common}
          name={q.code}
          error={errors[q.code]}
          inline={q.type === "yes_no"}
          items={items.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
          value={str(defaults[q.code])}
          inputProps={register(q.code)}
        />
      );
    }
    case "whole_number":
      return <WholeNumberField q={q} defaults={defaults} errors={errors} register={register} />;
    case "date":
      return (
        <DateInput
          {...common}
          id={q.code}
          name={q.code}
          hint={q.hint ?? "For example, 24 8 2012"}
          error={errors[`${q.code}-day`] ?? errors[`${q.code}-month`] ?? errors[`${q.code}-year`]}
          values={{ day: str(defaults[`${q.code}-day`]), month: str(defaults[`${q.code}-month`]), year: str(defaults[`${q.code}-year`]) }}
          fieldProps={{ day: register(`${q.code}-day`), month: register(`${q.code}-month`), year: register(`${q.code}-year`) }}
        />
      );
    case "text":
      return (
        <Textarea id={q.code} label={q.prompt} labelIsPageHeading labelSize="l" hint={q.hint} error={errors[q.code]} defaultValue={str(defaults[q.code])} rows={6} {...register(q.code)} />
      );
    case "evidence":
      return (
        <Textarea
          id={`${q.code}-note`}
          label={q.prompt}
          labelIsPageHeading
          labelSize="l"
          hint={q.hint ?? "Attach the documents below. You can add a short note about them here."}
          error={errors[`${q.code}-note`]}
          defaultValue={str(defaults[`${q.code}-note`])}
          rows={3}
          {...register(`${q.code}-note`)}
        />
      );
  }
}

function WholeNumberField({ q, defaults, errors, register }: Props) {
  const unit = q.unit === "%" ? undefined : q.unit;
  const total = (
    <TextInput
      id={q.code}
      label={q.ofWhich?.length ? `Total${unit ? ` number of ${unit}` : ""}` : q.prompt}
      labelIsPageHeading={!q.ofWhich?.length}
      labelSize={q.ofWhich?.length ? "s" : "l"}
      hint={q.ofWhich?.length ? undefined : q.hint}
      error={errors[q.code]}
      width={5}
      inputMode="numeric"
      spellCheck={false}
      suffix={q.unit === "%" ? "%" : undefined}
      defaultValue={str(defaults[q.code])}
      {...register(q.code)}
    />
  );
  if (!q.ofWhich?.length) return total;
  return (
    <fieldset className="govuk-fieldset" aria-describedby={q.hint ? `${q.code}-hint` : undefined}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
        <h1 className="govuk-fieldset__heading">{q.prompt}</h1>
      </legend>
      {q.hint ? (
        <div className="govuk-hint" id={`${q.code}-hint`}>
          {q.hint}
        </div>
      ) : null}
      {total}
      {q.ofWhich.map((p) => (
        <TextInput
          key={p.key}
          id={`${q.code}-${p.key}`}
          label={`Of which ${p.label}`}
          labelSize="s"
          hint="Leave blank if you do not know"
          error={errors[`${q.code}-${p.key}`]}
          width={5}
          inputMode="numeric"
          spellCheck={false}
          defaultValue={str(defaults[`${q.code}-${p.key}`])}
          {...register(`${q.code}-${p.key}`)}
        />
      ))}
    </fieldset>
  );
}
