import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  DateInput,
  Details,
  Fieldset,
  PasswordInput,
  Radios,
  Select,
  TextInput,
  Textarea,
} from "@/components";

const FORCES = [
  { value: "", text: "Choose a force" },
  { value: "avon-and-somerset", text: "Avon and Somerset Constabulary" },
  { value: "kent", text: "Kent Police" },
  { value: "west-mercia", text: "West Mercia Police" },
];

/** Form components of the kit, with and without errors. A GET form so submitting changes nothing. */
export function FormExamples() {
  return (
    <form action="/_kit" method="get" noValidate>
      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="forms">Forms</h2>
      <BackLink href="/_kit">Back</BackLink>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <TextInput id="kit-name" name="name" label="Full name" autoComplete="name" spellCheck={false} />
          <TextInput
            id="kit-email"
            name="email"
            label="Email address"
            hint="We will only use this to tell you about your force's health check"
            error="Enter an email address in the correct format, like name@example.com"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue="sam.patel@kent"
          />
          <TextInput
            id="kit-officers"
            name="officers"
            label="How many officers hold a second job?"
            labelSize="m"
            inputMode="numeric"
            width={4}
            suffix="officers"
          />
          <TextInput id="kit-spend" name="spend" label="Hospitality spend (pounds)" width={10} prefix="£" inputMode="decimal" />
          <PasswordInput id="kit-password" name="password" label="Password" autoComplete="new-password" width="one-half" />
          <Textarea
            id="kit-reason"
            name="reason"
            label="Why was the policy not communicated?"
            hint="Do not include personal information"
            error="Enter why the policy was not communicated"
            rows={4}
          />
          <Select id="kit-force" name="force" label="Force" hint="Choose the force you work for" items={FORCES} defaultValue="kent" />

          <Radios
            name="gifts"
            idPrefix="kit-gifts"
            legend="Does the force keep a gifts and hospitality register?"
            legendSize="m"
            hint="This includes gifts that were declined"
            error="Select whether the force keeps a gifts and hospitality register"
            items={[
              {
                value: "yes",
                label: "Yes",
                conditional: (
                  <TextInput id="kit-gifts-url" name="giftsUrl" label="Where is it published?" hint="A web address" type="url" />
                ),
              },
              { value: "partly", label: "Partly", hint: "For example, only for chief officers" },
              { value: "no", label: "No" },
              { divider: "or" },
              { value: "unknown", label: "I do not know" },
            ]}
          />
          <Radios
            name="published"
            idPrefix="kit-published"
            legend="Is the register published?"
            legendSize="s"
            inline
            value="yes"
            items={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
          />
          <Checkboxes
            name="channels"
            idPrefix="kit-channels"
            legend="How can staff report concerns?"
            legendSize="m"
            hint="Select all that apply"
            error="Select how staff can report concerns, or select ‘None of these’"
            items={[
              { value: "line-manager", label: "To a line manager" },
              { value: "psd", label: "To professional standards" },
              {
                value: "anonymous",
                label: "Anonymous reporting line",
                hint: "For example, Integrity Line",
                conditional: <TextInput id="kit-anon-name" name="anonName" label="Name of the service" />,
              },
              { divider: "or" },
              { value: "none", label: "None of these", exclusive: true },
            ]}
            values={["psd"]}
          />
          <Checkboxes
            name="confirm"
            idPrefix="kit-confirm"
            items={[{ value: "yes", label: "I confirm the answers are correct to the best of my knowledge" }]}
          />
          <DateInput
            id="kit-review-date"
            name="reviewDate"
            legend="When was the policy last reviewed?"
            legendSize="m"
            hint="For example, 27 3 2024"
            error="Date of the last review must include a year"
            errorFields={["year"]}
            values={{ day: "27", month: "3" }}
          />
          <DateInput id="kit-start-date" name="startDate" legend="Start date" legendSize="s" hint="For example, 1 4 2025" />

          <Fieldset legend="What is the contact address?" legendSize="m">
            <TextInput id="kit-address-1" name="address1" label="Address line 1" autoComplete="address-line1" />
            <TextInput id="kit-town" name="town" label="Town or city" autoComplete="address-level2" width="two-thirds" />
            <TextInput id="kit-postcode" name="postcode" label="Postcode" autoComplete="postal-code" width={10} />
          </Fieldset>

          <Details summary="Help with this question">
            <p className="govuk-body">Count each officer once, even if they hold more than one second job.</p>
          </Details>

          <h3 className="govuk-heading-m">Buttons</h3>
          <ButtonGroup>
            <Button name="intent" value="save" preventDoubleClick>
              Save and continue
            </Button>
            <Button name="intent" value="draft" variant="secondary">
              Save as draft
            </Button>
            <a className="govuk-link" href="/_kit">
              Cancel
            </a>
          </ButtonGroup>
          <ButtonGroup>
            <Button variant="warning" type="button">
              Delete action
            </Button>
            <Button type="button" disabled>
              Submit (disabled)
            </Button>
          </ButtonGroup>
          <Button href="/_kit#forms" isStartButton>
            Start now
          </Button>
        </div>
      </div>
    </form>
  );
}
