"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Button, ButtonGroup, ErrorSummary } from "@/components";
import { parseAnswerForm, type FormValues } from "@/lib/checklist/answer-form.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { autosaveAction, saveQuestionAction } from "./actions.ts";
import { AnswerField } from "./answer-field.tsx";
import { ConflictPanel } from "./conflict-panel.tsx";
import type { Conflict } from "./state.ts";

type Props = { assessmentId: string; q: QuestionDefinition; defaults: FormValues; version: number; caption: ReactNode };

const AUTOSAVE_DELAY_MS = 800;
const timeFmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** The field a summary link should focus: radios and checkboxes use the first option's id (the code). */
const hrefFor = (q: QuestionDefinition, field: string) => `#${field === "_form" ? q.code : field}`;

export function QuestionForm({ assessmentId, q, defaults, version: initialVersion, caption }: Props) {
  const [state, formAction, pending] = useActionState(saveQuestionAction, { fieldErrors: {}, values: defaults });
  const intent = useRef("continue");
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(initialVersion);
  const versionRef = useRef(initialVersion);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [liveConflict, setLiveConflict] = useState<Conflict | null>(null);
  const [locked, setLocked] = useState<string | null>(null);

  // The same rule the server applies: format errors always, an empty required answer only on "continue".
  const resolver: Resolver<FormValues> = async (values) => {
    const parsed = parseAnswerForm(q, values, { required: intent.current !== "later" });
    if (parsed.ok) return { values, errors: {} };
    return { values: {}, errors: Object.fromEntries(Object.entries(parsed.errors).map(([k, message]) => [k, { type: "validate", message }])) };
  };
  const form = useForm<FormValues>({ resolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });

  // Autosave: debounced, one request at a time, only valid and changed values.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const lastSaved = useRef(JSON.stringify(parseValue(q, defaults)));
  useEffect(() => {
    const run = async () => {
      if (inFlight.current) return void (timer.current = setTimeout(run, AUTOSAVE_DELAY_MS));
      const values = form.getValues();
      const parsed = parseAnswerForm(q, values, { required: false });
      if (!parsed.ok || JSON.stringify(parsed.value) === lastSaved.current) return;
      inFlight.current = true;
      try {
        const r = await autosaveAction({ assessmentId, code: q.code, values, version: versionRef.current });
        if (r.status === "saved") {
          versionRef.current = r.version;
          setVersion(r.version);
          lastSaved.current = JSON.stringify(parsed.value);
          setSavedAt(timeFmt.format(new Date(r.savedAt)));
        } else if (r.status === "conflict") setLiveConflict(r.conflict);
        else if (r.status === "locked") setLocked(r.message);
      } finally {
        inFlight.current = false;
      }
    };
    const sub = form.watch(() => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(run, AUTOSAVE_DELAY_MS);
    });
    return () => {
      sub.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [form, q, assessmentId]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    intent.current = submitter?.value ?? "continue";
    if (timer.current) clearTimeout(timer.current);
    const post = () => {
      const fd = new FormData(formRef.current!, submitter);
      startTransition(() => formAction(fd));
    };
    if (intent.current === "use-theirs") {
      e.preventDefault();
      return post();
    }
    void form.handleSubmit(post)(e);
  };

  const clientErrors = Object.fromEntries(
    Object.entries(form.formState.errors).flatMap(([k, v]) => (v?.message ? [[k, String(v.message)]] : [])),
  );
  const errors = Object.keys(clientErrors).length ? clientErrors : state.fieldErrors;
  const conflict = state.conflict ?? liveConflict;
  const defaultsNow = state.values ?? defaults;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={Object.entries(errors).map(([field, text]) => ({ href: hrefFor(q, field), text }))} />
      {caption}
      {conflict ? <ConflictPanel conflict={conflict} /> : null}
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="code" value={q.code} />
      <input type="hidden" name="version" value={version} />
      <AnswerField q={q} defaults={defaultsNow} errors={errors} register={form.register} />
      <p className="govuk-body-s app-autosave" role="status" aria-live="polite">
        {locked ?? (savedAt ? `Saved at ${savedAt}` : "")}
      </p>
      <ButtonGroup>
        <Button type="submit" name="intent" value="continue" disabled={pending}>
          Save and continue
        </Button>
        <Button type="submit" name="intent" value="later" variant="secondary" disabled={pending}>
          Save and come back later
        </Button>
      </ButtonGroup>
    </form>
  );
}

function parseValue(q: QuestionDefinition, values: FormValues): unknown {
  const parsed = parseAnswerForm(q, values, { required: false });
  return parsed.ok ? parsed.value : undefined;
}
