/**
 * NL Design System (Utrecht) components. Interactive ones come from Utrecht's per-component
 * React packages; text and layout ones are thin wrappers that render Utrecht's CSS component
 * classes. (The all-in-one @utrecht/component-library-react bundle cannot be tree-shaken and
 * added 60 kB gzip to every page; see docs/decisions/0002-nlds-per-component.md.)
 */
import {
  forwardRef,
  useRef,
  type HTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

import { useTableLabels } from "./table-labels";

export { Button } from "@utrecht/button-react";
export { FormField } from "@utrecht/form-field-react";
export { FormLabel } from "@utrecht/form-label-react";
export { FormFieldDescription } from "@utrecht/form-field-description-react";
export { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
export { Textbox } from "@utrecht/textbox-react";
export { Checkbox } from "@utrecht/checkbox-react";
export { RadioButton } from "@utrecht/radio-button-react";

const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(" ");

type HeadingProps = HTMLAttributes<HTMLHeadingElement>;
export const Heading1 = ({ className, ...p }: HeadingProps) => (
  <h1 className={cx("utrecht-heading-1", className)} {...p} />
);
export const Heading2 = ({ className, ...p }: HeadingProps) => (
  <h2 className={cx("utrecht-heading-2", className)} {...p} />
);
export const Heading3 = ({ className, ...p }: HeadingProps) => (
  <h3 className={cx("utrecht-heading-3", className)} {...p} />
);
export const Heading4 = ({ className, ...p }: HeadingProps) => (
  <h4 className={cx("utrecht-heading-4", className)} {...p} />
);

export const Paragraph = ({
  className,
  lead,
  ...p
}: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) => (
  <p className={cx("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)} {...p} />
);

export type AlertType = "info" | "ok" | "warning" | "error";
/** A message box. Use role="alert" only for messages that appear after a user action. */
export function Alert({
  type = "info",
  children,
  className,
  ...p
}: HTMLAttributes<HTMLDivElement> & { type?: AlertType; children: ReactNode }) {
  return (
    <div className={cx("utrecht-alert", `utrecht-alert--${type}`, className)} {...p}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export const Textarea = forwardRef<
  HTMLTextAreaElement,
  TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }
>(function Textarea({ className, invalid, ...p }, ref) {
  return (
    <textarea
      ref={ref}
      className={cx(
        "utrecht-textarea",
        "utrecht-textarea--html-textarea",
        invalid && "utrecht-textarea--invalid",
        className,
      )}
      aria-invalid={invalid || undefined}
      {...p}
    />
  );
});

export const Select = forwardRef<
  HTMLSelectElement,
  SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }
>(function Select({ className, invalid, ...p }, ref) {
  return (
    <select
      ref={ref}
      className={cx(
        "utrecht-select",
        "utrecht-select--html-select",
        invalid && "utrecht-select--invalid",
        className,
      )}
      aria-invalid={invalid || undefined}
      {...p}
    />
  );
});

export const Fieldset = ({
  legend,
  children,
  className,
  ...p
}: HTMLAttributes<HTMLFieldSetElement> & { legend: ReactNode }) => (
  <fieldset
    className={cx("utrecht-form-fieldset", "utrecht-form-fieldset--html-fieldset", className)}
    {...p}
  >
    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      {legend}
    </legend>
    {children}
  </fieldset>
);

export const StatusBadge = ({ className, ...p }: HTMLAttributes<HTMLSpanElement>) => (
  <span className={cx("utrecht-status-badge", className)} {...p} />
);

export const UnorderedList = ({ className, ...p }: HTMLAttributes<HTMLUListElement>) => (
  <ul className={cx("utrecht-unordered-list", className)} {...p} />
);

/**
 * A data table that reflows: in a narrow container its rows stack as cards, each cell labelled
 * with its column header (see ./table-labels.ts and `.iz-table-scroll` in styles/app.css).
 */
export function Table({ className, ...p }: HTMLAttributes<HTMLTableElement>) {
  const ref = useRef<HTMLTableElement>(null);
  useTableLabels(ref);
  return (
    <div className="iz-table-scroll">
      <table
        ref={ref}
        className={cx("utrecht-table", "utrecht-table--html-table", className)}
        {...p}
      />
    </div>
  );
}
