import { Button, ButtonGroup } from "@/components";

/** A form's main button (disabled while it is being sent) and a way back without saving. */
export function SubmitOrCancel({ label, pending, cancelHref, warning = false }: { label: string; pending: boolean; cancelHref: string; warning?: boolean }) {
  return (
    <ButtonGroup>
      <Button type="submit" variant={warning ? "warning" : "primary"} disabled={pending} preventDoubleClick>
        {label}
      </Button>
      <a className="govuk-link" href={cancelHref}>
        Cancel
      </a>
    </ButtonGroup>
  );
}
