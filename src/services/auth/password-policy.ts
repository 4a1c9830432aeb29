/**
 * What a new password must be (invitation, password reset): at least 12 characters, at most
 * 200, not one of the common passwords shipped in content/passwords/common-passwords.txt (also
 * not with digits or symbols merely added before or after one, such as "password2026!"), not
 * the e-mail address or its name part, and not a single repeated character or short pattern.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validationFailed, type ErrorDetail } from "../../domain/errors.js";
import { contentDir } from "../catalog/load-catalog.js";

export const PASSWORD_RULES = { minLength: 12, maxLength: 200 } as const;

/** Codes the web app turns into a sentence (field `password`). */
export type PasswordProblem = "too_short" | "too_long" | "common" | "like_email" | "repetitive";

let common: Set<string> | undefined;

/** The shipped list, lower case (loaded once). */
export function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(contentDir(), "passwords", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l.length > 0),
  );
  return common;
}

/** The base of a password with digits, spaces and symbols before and after it taken off. */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[^a-z]+/, "")
    .replace(/[^a-z]+$/, "");
}

/** True when a listed password is the start or end and only digits or symbols are added. */
function listedWithPadding(lower: string, list: Set<string>): boolean {
  for (let i = lower.length - 1; i >= 6; i -= 1) {
    const head = lower.slice(0, i);
    const tail = lower.slice(lower.length - i);
    if (list.has(head) && !/[a-z]/.test(lower.slice(i))) return true;
    if (list.has(tail) && !/[a-z]/.test(lower.slice(0, lower.length - i))) return true;
  }
  return false;
}

/** True when the password is one short pattern repeated ("aaaaaaaaaaaa", "abcabcabcabc"). */
function repetitive(password: string): boolean {
  const p = password.toLowerCase();
  for (let size = 1; size <= 3; size += 1) {
    const unit = p.slice(0, size);
    if (unit.repeat(Math.ceil(p.length / size)).slice(0, p.length) === p) return true;
  }
  return new Set(p).size < 4;
}

/** The problems of a new password (empty: it may be used). */
export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  if (password.length < PASSWORD_RULES.minLength) return ["too_short"];
  if (password.length > PASSWORD_RULES.maxLength) return ["too_long"];
  const problems: PasswordProblem[] = [];
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const base = core(password);
  if (
    list.has(lower) ||
    list.has(base) ||
    list.has(lower.replace(/\s+/g, "")) ||
    listedWithPadding(lower, list)
  )
    problems.push("common");
  if (email) {
    const address = email.toLowerCase();
    const name = address.split("@")[0] ?? "";
    if (lower.includes(address) || (name.length >= 4 && (base === name || lower === name)))
      problems.push("like_email");
  }
  if (repetitive(password)) problems.push("repetitive");
  return problems;
}

/** Throws VALIDATION_FAILED (field `password`, one detail per problem) unless allowed. */
export function assertNewPassword(password: string, email?: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length === 0) return;
  const details: ErrorDetail[] = problems.map((p) => ({ path: "password", message: p }));
  throw validationFailed("The password cannot be used.", details);
}
