"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { Button, ErrorSummary, Panel, Radios, Select, TextInput, WarningText } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles.ts";
import { newUserSchema, type NewUserInput } from "@/lib/users/schema.ts";
import type { FormState } from "@/lib/forms/state.ts";
import { addUserAction, type NewUserDone } from "../../actions.ts";

const initial: FormState<NewUserDone> = { fieldErrors: {}, values: {} };
const FIRST_FIELD: Record<string, string> = { role: "role-PSD", _form: "name" };

export function NewUserForm({ forces }: { forces: { slug: string; name: string }[] }) {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<NewUserInput, NewUserDone>(
    addUserAction,
    zodResolver(newUserSchema),
    initial,
  );
  if (state.done) {
    return (
      <>
        <Panel title="User added">{state.done.email}</Panel>
        <p className="govuk-body">Give {state.done.name} this temporary password through a secure channel:</p>
        <p className="govuk-body govuk-!-font-weight-bold app-secret" data-testid="temporary-password">
          {state.done.temporaryPassword}
        </p>
        <WarningText>This password is shown only once.</WarningText>
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin">Back to users</Link>
        </p>
      </>
    );
  }
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${FIRST_FIELD[field] ?? field}`, text }));
  const v = state.values;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <h1 className="govuk-heading-l">Add a user</h1>
      <TextInput id="name" label="Full name" autoComplete="off" defaultValue={v.name} error={errors.name} {...register("name")} />
      <TextInput id="email" label="Email address" type="email" autoComplete="off" spellCheck={false} defaultValue={v.email} error={errors.email} {...register("email")} />
      <Radios
        name="role"
        legend="Role"
        error={errors.role}
        value={v.role}
        items={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], id: `role-${r}` }))}
        inputProps={register("role")}
      />
      <Select
        id="forceSlug"
        label="Force"
        hint="Professional standards staff and chief officers belong to one force. Inspectors and administrators have no force."
        defaultValue={v.forceSlug ?? ""}
        error={errors.forceSlug}
        items={[{ value: "", text: "No force" }, ...forces.map((f) => ({ value: f.slug, text: f.name }))]}
        {...register("forceSlug")}
      />
      <Button type="submit" disabled={pending}>Add user</Button>
    </form>
  );
}
