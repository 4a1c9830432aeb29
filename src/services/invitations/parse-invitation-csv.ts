/**
 * Reads a CSV of colleagues to invite: a header with `name`, `email`, `role` (also Dutch
 * `naam`, `e-mail`, `rol`), separated by commas or semicolons (as Dutch spreadsheets save),
 * fields optionally in double quotes. Returns one entry per data line with its problems.
 */
import { ROLES } from "../../domain/roles.js";
import { emailAddress } from "../../shared/invitation.schema.js";

export const CSV_LIMITS = { maxLines: 500 } as const;

export type CsvProblem =
  | "name_missing"
  | "name_too_long"
  | "email_invalid"
  | "role_unknown"
  | "role_not_allowed"
  | "email_taken"
  | "email_twice";

export interface CsvLine {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  name: string;
  email: string;
  role: string;
  problems: CsvProblem[];
}

const HEADERS: Record<string, "name" | "email" | "role"> = {
  name: "name",
  naam: "name",
  email: "email",
  "e-mail": "email",
  emailadres: "email",
  "e-mailadres": "email",
  role: "role",
  rol: "role",
};

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(field.trim());
      field = "";
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/** The lines, or a file-level problem (no usable header, too many lines). */
export function parseInvitationCsv(
  text: string,
): { ok: true; lines: CsvLine[] } | { ok: false; problem: "header" | "too_many" | "empty" } {
  const rows = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l, i) => ({ text: l, line: i + 1 }))
    .filter((r) => r.text.trim() !== "");
  const header = rows.shift();
  if (!header) return { ok: false, problem: "empty" };
  const sep = header.text.includes(";") ? ";" : ",";
  const columns = splitLine(header.text, sep).map((h) => HEADERS[h.toLowerCase()]);
  const at = (name: "name" | "email" | "role") => columns.indexOf(name);
  if (at("name") < 0 || at("email") < 0 || at("role") < 0) return { ok: false, problem: "header" };
  if (rows.length === 0) return { ok: false, problem: "empty" };
  if (rows.length > CSV_LIMITS.maxLines) return { ok: false, problem: "too_many" };
  const lines = rows.map((r) => {
    const f = splitLine(r.text, sep);
    const name = f[at("name")] ?? "";
    const rawEmail = f[at("email")] ?? "";
    const role = (f[at("role")] ?? "").toLowerCase();
    const parsed = emailAddress.safeParse(rawEmail);
    const problems: CsvProblem[] = [];
    if (!name) problems.push("name_missing");
    else if (name.length > 200) problems.push("name_too_long");
    if (!parsed.success) problems.push("email_invalid");
    if (!(ROLES as readonly string[]).includes(role)) problems.push("role_unknown");
    return {
      line: r.line,
      name,
      email: parsed.success ? parsed.data : rawEmail.slice(0, 320),
      role,
      problems,
    };
  });
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.problems.includes("email_invalid")) continue;
    if (seen.has(l.email)) l.problems.push("email_twice");
    seen.add(l.email);
  }
  return { ok: true, lines };
}
