"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, ErrorSummary, TextInput } from "@/components";
import { useValidatedForm } from "@/components/forms/use-validated-form.ts";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema.ts";
import { emptyFormState } from "@/lib/forms/state.ts";
import { signInAction } from "./actions.ts";

const FIELD_IDS: Record<string, string> = { email: "email", password: "password", _form: "email" };

export function SignInForm() {
  const { state, formAction, pending, formRef, onSubmit, register, errors } = useValidatedForm<SignInInput>(
    signInAction,
    zodResolver(signInSchema),
    emptyFormState,
  );
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${FIELD_IDS[field] ?? field}`, text }));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextInput
        id="email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values.email}
        error={errors.email}
        {...register("email")}
      />
      <TextInput
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
        {...register("password")}
      />
      <Button type="submit" disabled={pending}>
        Sign in
      </Button>
    </form>
  );
}
