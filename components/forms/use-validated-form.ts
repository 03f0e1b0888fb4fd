"use client";
import { startTransition, useActionState, useRef } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { FormState } from "@/lib/forms/state.ts";

/**
 * Connects a form to its server action. With JavaScript, react-hook-form validates with the
 * form's zod resolver first and only then posts; without it, the browser posts the form to the
 * server action, which re-validates with the same schema and returns the errors as state.
 */
export function useValidatedForm<T extends FieldValues, Extra = Record<string, never>, S extends FormState<Extra> = FormState<Extra>>(
  action: (state: S, formData: FormData) => Promise<S>,
  resolver: Resolver<T>,
  initial: S,
) {
  // S is a plain state object, never a promise, so Awaited<S> is S (TypeScript cannot see that for a type parameter).
  const [state, formAction, pending] = useActionState<S, FormData>(action as unknown as (state: Awaited<S>, formData: FormData) => Promise<S>, initial as Awaited<S>);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<T>({ resolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });

  const onSubmit = form.handleSubmit(() => {
    const el = formRef.current;
    if (el) startTransition(() => formAction(new FormData(el)));
  });

  // Client errors win while the user is typing; server errors show after a round trip.
  const clientErrors: Record<string, string> = {};
  for (const [name, err] of Object.entries(form.formState.errors)) {
    if (err && typeof err.message === "string") clientErrors[name] = err.message;
  }
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : state.fieldErrors;

  return { state, formAction, pending, formRef, onSubmit, register: form.register, errors };
}
