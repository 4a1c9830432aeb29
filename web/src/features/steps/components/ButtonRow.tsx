/** Buttons side by side (wrapping on small screens). */
import type { ReactNode } from "react";
import { Button } from "../../../components/nlds";

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group iz-steps-buttons">{children}</div>;
}

/**
 * "Save as draft" and the submit button of a form whose save mutation takes `final: boolean`;
 * each shows busy only for its own kind of save. `children` come after (e.g. Cancel).
 */
export function DraftOrSubmitButtons({
  save,
  onDraft,
  draftLabel,
  submitLabel,
  children,
}: {
  save: { isPending: boolean; variables: boolean | undefined };
  onDraft: () => void;
  draftLabel: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  return (
    <ButtonRow>
      <Button
        type="button"
        appearance="secondary-action-button"
        busy={save.isPending && save.variables === false}
        onClick={onDraft}
      >
        {draftLabel}
      </Button>
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={save.isPending && save.variables === true}
      >
        {submitLabel}
      </Button>
      {children}
    </ButtonRow>
  );
}
