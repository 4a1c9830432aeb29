/**
 * A QR code drawn in the browser with `uqr` (inline SVG): the TOTP secret never leaves the
 * page for a QR web service.
 */
import { renderSVG } from "uqr";

export function QrCode({ value, label }: { value: string; label: string }) {
  return (
    <div
      className="iz-qr"
      role="img"
      aria-label={label}
      // uqr returns only <svg>, <rect> and <path> built from the value's modules; no markup of ours.
      dangerouslySetInnerHTML={{ __html: renderSVG(value, { border: 2 }) }}
    />
  );
}
