"use client";
import { startTransition, useActionState, useRef, useState, type RefObject } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useForm, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, ErrorMessage, ErrorSummary, FormGroup, Hint, NotificationBanner, Radios, TextInput } from "@/components";
import { FILE_MESSAGES, fileSizeError, TOO_LARGE_PARAM, TOO_LARGE_VALUE } from "@/lib/evidence/limits.ts";
import { linkEvidenceSchema, MARKINGS, MARKING_LABELS } from "@/lib/evidence/schema.ts";
import { ACCEPT, FILE_TYPES } from "@/lib/evidence/sniff.ts";
import { extensionOf } from "@/lib/evidence/names.ts";
import { evidenceAction } from "./actions.ts";
import { EvidenceList, type EvidenceView } from "./evidence-list.tsx";
import { DONE_MESSAGES, DONE_PARAM, FIELD_IDS, initialEvidenceState, type EvidenceFormState, type EvidenceIntent } from "./state.ts";

type Props = {
  /** What the evidence supports, posted with every form: an answer (assessmentId, questionCode) or an action (actionId). */
  target: Readonly<Record<string, string>>;
  items: readonly EvidenceView[];
  /** Defaults to an answer's evidence; actions pass their own, with the same state. */
  action?: (state: EvidenceFormState, formData: FormData) => Promise<EvidenceFormState>;
  /** Whether items may be removed now (a completed action's evidence stays while it is checked). */
  canRemove?: boolean;
  /** What to say when there is none yet. */
  empty?: string;
};
type UploadValues = { file?: FileList; marking?: string };
type LinkValues = { url: string; title: string; marking: string };

const MARKING_ITEMS = MARKINGS.map((m) => ({
  value: m,
  label: MARKING_LABELS[m],
  hint: m === "OFFICIAL" ? "Most routine information about your force’s integrity arrangements" : "Information that could cause harm if it were lost or disclosed, such as details of live investigations",
}));
const EXTENSIONS = new Set(Object.values(FILE_TYPES).flatMap((t) => t.extensions));

// The same checks the server makes before reading the content, so a wrong file is not sent first.
const uploadResolver: Resolver<UploadValues> = async (values) => {
  const errors: Record<string, { type: string; message: string }> = {};
  const file = values.file?.[0];
  const fileError = !file ? FILE_MESSAGES.missing : (fileSizeError(file.size) ?? (EXTENSIONS.has(extensionOf(file.name)) ? null : FILE_MESSAGES.wrongType));
  if (fileError) errors.file = { type: "validate", message: fileError };
  if (!MARKINGS.some((m) => m === values.marking)) errors.marking = { type: "validate", message: "Select the protective marking" };
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
};
const linkResolver = zodResolver(linkEvidenceSchema.pick({ url: true, title: true, marking: true })) as unknown as Resolver<LinkValues>;

function clientErrors(form: UseFormReturn<FieldValues>, ids: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, err] of Object.entries(form.formState.errors)) if (err && typeof err.message === "string") out[ids[name] ?? name] = err.message;
  return out;
}

/** Remounts the forms after each success (the redirect changes `fresh`), so old errors and values go. */
export function EvidenceForms(props: Props) {
  const fresh = useSearchParams().get("fresh") ?? "";
  return <EvidenceFormsInner key={fresh} {...props} />;
}

function EvidenceFormsInner({ target, items, action = evidenceAction, canRemove = true, empty = "No evidence has been added to this question yet." }: Props) {
  const pathname = usePathname();
  const done = useSearchParams().get(DONE_PARAM);
  // Without JavaScript the browser posts to this address, so the answer opens at the evidence.
  const [state, formAction, pending] = useActionState(action, initialEvidenceState, `${pathname}#evidence`);
  const [last, setLast] = useState<EvidenceIntent | null>(null);
  const upload = useForm<UploadValues>({ resolver: uploadResolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });
  const link = useForm<LinkValues>({ resolver: linkResolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });
  const uploadRef = useRef<HTMLFormElement>(null);
  const linkRef = useRef<HTMLFormElement>(null);

  const submit = (intent: EvidenceIntent, form: UseFormReturn<UploadValues> | UseFormReturn<LinkValues>, ref: RefObject<HTMLFormElement | null>) =>
    (form as UseFormReturn<FieldValues>).handleSubmit(
      () => {
        setLast(intent);
        if (ref.current) startTransition(() => formAction(new FormData(ref.current!)));
      },
      () => setLast(intent),
    );

  const local = last === "upload" ? clientErrors(upload as unknown as UseFormReturn<FieldValues>, FIELD_IDS.upload) : last === "link" ? clientErrors(link as unknown as UseFormReturn<FieldValues>, FIELD_IDS.link) : {};
  // proxy.ts sends an over-large upload made without JavaScript back here with this flag.
  const tooLarge = useSearchParams().get(TOO_LARGE_PARAM) === TOO_LARGE_VALUE && !state.form && !last;
  const errors = Object.keys(local).length ? local : tooLarge ? { [FIELD_IDS.upload.file]: FILE_MESSAGES.tooLarge } : state.fieldErrors;
  const formWithErrors = Object.keys(local).length ? last : tooLarge ? "upload" : state.form;
  const errorsOf = (intent: EvidenceIntent) => (formWithErrors === intent ? errors : {});
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${field === "_form" ? "evidence" : field}`, text }));
  const message = done && done in DONE_MESSAGES && summary.length === 0 ? DONE_MESSAGES[done as EvidenceIntent] : null;
  const hidden = (intent: EvidenceIntent) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="returnTo" value={pathname} />
    </>
  );
  const u = errorsOf("upload");
  const l = errorsOf("link");
  const v = state.values;
  const fileHintId = `${FIELD_IDS.upload.file}-hint`;
  const fileErrorId = u[FIELD_IDS.upload.file] ? `${FIELD_IDS.upload.file}-error` : undefined;

  return (
    <>
      <ErrorSummary id="evidence-error-summary" errors={summary} />
      {message ? <NotificationBanner type="success" titleHeadingLevel={3} heading={message} /> : null}

      {items.length ? (
        <EvidenceList
          items={items}
          action={
            canRemove
              ? (item) => (
                  <form action={formAction}>
                    {hidden("remove")}
                    <input type="hidden" name="evidenceId" value={item.id} />
                    <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={pending}>
                      Remove<span className="govuk-visually-hidden"> {item.title}</span>
                    </Button>
                  </form>
                )
              : undefined
          }
        />
      ) : (
        <p className="govuk-body">{empty}</p>
      )}

      <form ref={uploadRef} action={formAction} onSubmit={submit("upload", upload, uploadRef)} encType="multipart/form-data" noValidate>
        {hidden("upload")}
        <FormGroup error={Boolean(fileErrorId)}>
          <h3 className="govuk-label-wrapper">
            <label className="govuk-label govuk-label--m" htmlFor={FIELD_IDS.upload.file}>
              Upload a file
            </label>
          </h3>
          <Hint id={fileHintId}>A PDF, Word, Excel, CSV or image (PNG, JPEG, GIF or WebP) file, smaller than 20 MB</Hint>
          {fileErrorId ? <ErrorMessage id={fileErrorId}>{u[FIELD_IDS.upload.file]}</ErrorMessage> : null}
          <input
            className={`govuk-file-upload${fileErrorId ? " govuk-file-upload--error" : ""}`}
            id={FIELD_IDS.upload.file}
            type="file"
            accept={ACCEPT}
            aria-describedby={fileErrorId ? `${fileHintId} ${fileErrorId}` : fileHintId}
            {...upload.register("file")}
          />
        </FormGroup>
        <Radios name="marking" idPrefix={FIELD_IDS.upload.marking} legend="Protective marking" legendSize="s" error={u[FIELD_IDS.upload.marking]} value={state.form === "upload" ? v.marking : undefined} items={MARKING_ITEMS} small inputProps={upload.register("marking")} />
        <Button variant="secondary" disabled={pending}>
          Upload file
        </Button>
      </form>

      <form ref={linkRef} action={formAction} onSubmit={submit("link", link, linkRef)} noValidate>
        {hidden("link")}
        <h3 className="govuk-heading-m">Add a link</h3>
        <TextInput id={FIELD_IDS.link.url} label="Web address" hint="Starting with https://, for example a page on your force’s intranet" type="url" spellCheck={false} autoComplete="off" defaultValue={state.form === "link" ? v.url : undefined} error={l[FIELD_IDS.link.url]} {...link.register("url")} />
        <TextInput id={FIELD_IDS.link.title} label="Title" hint="Say what the link shows, for example ‘Gifts and hospitality register’" autoComplete="off" defaultValue={state.form === "link" ? v.title : undefined} error={l[FIELD_IDS.link.title]} {...link.register("title")} />
        <Radios name="marking" idPrefix={FIELD_IDS.link.marking} legend="Protective marking" legendSize="s" error={l[FIELD_IDS.link.marking]} value={state.form === "link" ? v.marking : undefined} items={MARKING_ITEMS} small inputProps={link.register("marking")} />
        <Button variant="secondary" disabled={pending}>
          Add link
        </Button>
      </form>
    </>
  );
}
