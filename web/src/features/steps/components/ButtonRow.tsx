/** Buttons side by side (wrapping on small screens). */
import type { ReactNode } from "react";

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group iz-steps-buttons">{children}</div>;
}
