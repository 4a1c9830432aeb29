/** The loaded dossier, passed by the dossier layout to its tabs (the outlet context). */
import { useOutletContext } from "react-router";
import type { YouthDossier } from "../../../../../src/shared/youth.schema";

/** What the dossier layout gives every nested route. */
export interface DossierContext {
  dossier: YouthDossier;
}

/**
 * The dossier of the current /youths/:id page, for tab components. Only valid inside a
 * route nested under the dossier layout.
 */
export function useDossier(): YouthDossier {
  return useOutletContext<DossierContext>().dossier;
}
