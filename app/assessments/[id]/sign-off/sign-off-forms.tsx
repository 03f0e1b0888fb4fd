"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type FormEvent, type ReactNode } from "react";
import { Button, Checkboxes, DateInput, Textarea, TextInput } from "@/components";
import { dateError, dateFieldIds } from "@/components/forms/date-error.ts";
import { FormErrorSummary } from "@/components/forms/form-error-summary.tsx";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import {
  COMMENT_MAX,
  DATE_FIELD,
  returnToPsdSchema,
  submitSchema,
  type DateParts,
  type ReturnToPsdInput,
  type SubmitInput,
} from "@/lib/assessments/workflow-schemas.ts";
import { emptyFormState } from "@/lib/forms/state.ts";
import { returnAction, submitAction } from "./actions.ts";

type Props = {
  assessmentId: string;
  version: number;
  forceName: string;
  defaults: { name: string; date: DateParts };
  /** The page above the forms (heading and answers): the error summary must come before it. */
  children: ReactNode;
};

// Where each error links, in the order of the fields on the page: the field itself, the first
// date field, or the form's first field for the hidden ones (which only fail if the page was
// tampered with or is very old).
const RETURN_IDS: Record<string, string> = { comment: "comment" };
const SUBMIT_IDS: Record<string, string> = { declarationName: "declarationName", declarationRole: "declarationRole", ...dateFieldIds(DATE_FIELD), confirm: "confirm" };

export function SignOffForms({ assessmentId, version, forceName, defaults, children }: Props) {
  const ret = useValidatedForm<ReturnToPsdInput>(returnAction, zodResolver(returnToPsdSchema), emptyFormState);
  const sub = useValidatedForm<SubmitInput>(submitAction, zodResolver(submitSchema), emptyFormState);
  // Only the form last used shows its errors (without JavaScript only one has any).
  const [active, setActive] = useState<"return" | "submit" | null>(null);
  const showing = active ?? (Object.keys(ret.errors).length > 0 ? "return" : "submit");
  const errors = showing === "return" ? ret.errors : sub.errors;
  const ids = showing === "return" ? RETURN_IDS : SUBMIT_IDS;
  const first = showing === "return" ? "comment" : "declarationName";
  const onSubmit = (which: "return" | "submit", handler: (e: FormEvent<HTMLFormElement>) => Promise<void>) => (e: FormEvent<HTMLFormElement>) => {
    setActive(which);
    void handler(e);
  };
  const retErrors = showing === "return" ? ret.errors : {};
  const subErrors = showing === "submit" ? sub.errors : {};
  const rv = ret.state.values;
  const sv = sub.state.values;
  const date = dateError(subErrors, DATE_FIELD);

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} fields={ids} fallback={first} />
        </div>
      </div>
      {children}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <section aria-labelledby="return-heading" className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-l" id="return-heading">
              Return to professional standards
            </h2>
            <p className="govuk-body">
              If anything needs to change, return the health check with a comment. Professional standards can then change the answers
              and send it to you again.
            </p>
            <form ref={ret.formRef} action={ret.formAction} onSubmit={onSubmit("return", ret.onSubmit)} noValidate>
              <input type="hidden" defaultValue={assessmentId} {...ret.register("assessmentId")} />
              <input type="hidden" defaultValue={String(version)} {...ret.register("expectedVersion")} />
              <Textarea
                id="comment"
                label="What needs to change"
                hint={`Professional standards will see this comment. You can enter up to ${COMMENT_MAX.toLocaleString("en-GB")} characters.`}
                defaultValue={rv.comment}
                error={retErrors.comment}
                {...ret.register("comment")}
              />
              <Button type="submit" variant="secondary" disabled={ret.pending} preventDoubleClick>
                Return to professional standards
              </Button>
            </form>
          </section>

          <section aria-labelledby="submit-heading" className="govuk-!-margin-top-6">
            <h2 className="govuk-heading-l" id="submit-heading">
              Submit to the inspectorate
            </h2>
            <p className="govuk-body">
              Once you submit the health check, nobody can change the answers. The inspectorate receives them exactly as they are now.
            </p>
            <form ref={sub.formRef} action={sub.formAction} onSubmit={onSubmit("submit", sub.onSubmit)} noValidate>
              <input type="hidden" defaultValue={assessmentId} {...sub.register("assessmentId")} />
              <input type="hidden" defaultValue={String(version)} {...sub.register("expectedVersion")} />
              <TextInput
                id="declarationName"
                label="Full name"
                autoComplete="name"
                spellCheck={false}
                defaultValue={sv.declarationName ?? defaults.name}
                error={subErrors.declarationName}
                {...sub.register("declarationName")}
              />
              <TextInput
                id="declarationRole"
                label="Role"
                hint="For example, Deputy Chief Constable"
                autoComplete="organization-title"
                defaultValue={sv.declarationRole}
                error={subErrors.declarationRole}
                {...sub.register("declarationRole")}
              />
              <DateInput
                id={DATE_FIELD}
                legend="Date of the declaration"
                hint="For example, 27 6 2012"
                error={date.text}
                errorFields={date.fields}
                values={{
                  day: sv["declarationDate-day"] ?? defaults.date.day,
                  month: sv["declarationDate-month"] ?? defaults.date.month,
                  year: sv["declarationDate-year"] ?? defaults.date.year,
                }}
                fieldProps={{
                  day: sub.register("declarationDate-day"),
                  month: sub.register("declarationDate-month"),
                  year: sub.register("declarationDate-year"),
                }}
              />
              <h3 className="govuk-heading-m">Declaration</h3>
              <Checkboxes
                name="confirm"
                error={subErrors.confirm}
                values={sv.confirm === "yes" ? ["yes"] : []}
                items={[{ value: "yes", label: `I confirm that the answers are complete and accurate, and I submit them on behalf of ${forceName}` }]}
                inputProps={sub.register("confirm")}
              />
              <Button type="submit" disabled={sub.pending} preventDoubleClick>
                Submit to the inspectorate
              </Button>
            </form>
          </section>
        </div>
      </div>
    </>
  );
}
