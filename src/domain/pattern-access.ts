/**
 * Who may see patterns across youths (issue 25, ADR 0021): the regional care coordinator only —
 * never an admin or researcher, even one who also holds the coordinator role. Pure and free of
 * imports, so the web app follows the same rule (through src/shared/pattern-access.ts) and a
 * mixed-role user sees no menu item or hint that the server would answer with a 404.
 */
export function mayReadPatterns(roles: readonly string[]): boolean {
  return (
    roles.includes("care_coordinator") &&
    !roles.some((r) => r === "org_admin" || r === "system_admin" || r === "researcher")
  );
}
