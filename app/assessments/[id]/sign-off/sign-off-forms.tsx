"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Button, Checkboxes, DateInput, ErrorSummary, Textarea, TextInput, type DatePart } from "@/components";
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

// Where each error links: the field itself, the first date field, or the form's first field
// for the hidden ones (which only fail if the page was tampered with or is very old).
const RETURN_IDS: Record<string, string> = { comment: "comment" };
const SUBMIT_IDS: Record<string, string> = {
  declarationName: "declarationName",
  declarationRole: "declarationRole",
  [DATE_FIELD]: `${DATE_FIELD}-day`,
  [`${DATE_FIELD}-day`]: `${DATE_FIELD}-day`,
  [`${DATE_FIELD}-month`]: `${DATE_FIELD}-month`,
  [`${DATE_FIELD}-year`]: `${DATE_FIELD}-year`,
  confirm: "confirm",
};

// The error summary lists errors in the order of the fields on the page (hidden fields first).
const FIELD_ORDER = ["comment", "declarationName", "declarationRole", DATE_FIELD, `${DATE_FIELD}-day`, `${DATE_FIELD}-month`, `${DATE_FIELD}-year`, "confirm"];
const order = (field: string) => FIELD_ORDER.indexOf(field);

function dateError(errors: Record<string, string>): { text?: string; fields?: DatePart[] } {
  if (errors[DATE_FIELD]) return { text: errors[DATE_FIELD] };
  for (const part of ["day", "month", "year"] as const) {
    const text = errors[`${DATE_FIELD}-${part}`];
    if (text) return { text, fields: [part] };
  }
  return {};
}

export function SignOffForms({ assessmentId, version, forceName, defaults, children }: Props) {
  const ret = useValidatedForm<ReturnToPsdInput>(returnAction, zodResolver(returnToPsdSchema), emptyFormState);
  const sub = useValidatedForm<SubmitInput>(submitAction, zodResolver(submitSchema), emptyFormState);
  // Only the form last used shows its errors (without JavaScript only one has any).
  const [active, setActive] = useState<"return" | "submit" | null>(null);
  const showing = active ?? (Object.keys(ret.errors).length > 0 ? "return" : "submit");
  const errors = showing === "return" ? ret.errors : sub.errors;
  const ids = showing === "return" ? RETURN_IDS : SUBMIT_IDS;
  const first = showing === "return" ? "comment" : "declarationName";
  const summary = Object.entries(errors)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([field, text]) => ({ href: `#${ids[field] ?? first}`, text }));

  // GOV.UK: prefix the page title while there are errors (with JavaScript; without it the
  // error summary is still first on the page).
  useEffect(() => {
    const base = document.title.replace(/^Error: /, "");
    document.title = summary.length > 0 ? `Error: ${base}` : base;
  }, [summary.length]);

  const onSubmit = (which: "return" | "submit", handler: (e: FormEvent<HTMLFormElement>) => Promise<void>) => (e: FormEvent<HTMLFormElement>) => {
    setActive(which);
    void handler(e);
  };
  const retErrors = showing === "return" ? ret.errors : {};
  const subErrors = showing === "submit" ? sub.errors : {};
  const rv = ret.state.values;
  const sv = sub.state.values;
  const date = dateError(subErrors);

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
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
