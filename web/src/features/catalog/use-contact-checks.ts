/** The sociale kaart's checks (GET /api/contact-checks) and marking an entry as checked. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactCheckList, ContactCheckView } from "../../../../src/shared/contacts.schema";
import { get, post } from "../../lib/api";

const CHECKS_KEY = ["contact-checks"] as const;

/** The newest check of each entry. */
export function useContactChecks() {
  return useQuery({
    queryKey: CHECKS_KEY,
    queryFn: () => get<ContactCheckList>("/api/contact-checks"),
  });
}

/** Marks an entry as checked today, in the signed-in person's name. */
export function useMarkContactChecked() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      post<ContactCheckView>(`/api/contact-checks/${encodeURIComponent(contactId)}`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: CHECKS_KEY }),
  });
}
