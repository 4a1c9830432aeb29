/**
 * The Meldcode's afwegingskader (step 5, five questions; facts.md §2) as data, and the path
 * through it that suggests a decision. A suggestion only: professionals decide and say why.
 */

export const WEIGH_QUESTIONS = [
  "suspicion",
  "unsafety",
  "canOrganiseHelp",
  "helpAccepted",
  "helpEffective",
] as const;
export type WeighQuestion = (typeof WEIGH_QUESTIONS)[number];

export type WeighAnswer = "yes" | "no";
export type WeighAnswers = Partial<Record<WeighQuestion, WeighAnswer>>;

/** The decisions a traject can record (step "decide"). */
export const DECISION_OPTIONS = [
  "organise_help",
  "report_veilig_thuis",
  "register_comensha",
  "inform_police",
  "report_police",
  /** Ask Nidos for beschermde opvang or a move to another location (facts.md §5, §6). */
  "protected_reception",
  "no_action",
] as const;
export type DecisionOption = (typeof DECISION_OPTIONS)[number];

export const WEIGH_OUTCOMES = [
  "incomplete",
  "close_no_suspicion",
  "report_veilig_thuis",
  "organise_help",
  "close_with_agreements",
] as const;
export type WeighOutcome = (typeof WEIGH_OUTCOMES)[number];

/** Why the path ended where it did (an i18n key part in the UI). */
export const WEIGH_REASONS = [
  "no_suspicion",
  "acute_or_structural_unsafety",
  "cannot_organise_help",
  "help_not_accepted",
  "help_not_effective",
  "help_organised",
  "help_effective",
  "unanswered",
] as const;
export type WeighReason = (typeof WEIGH_REASONS)[number];

export interface WeighSuggestion {
  outcome: WeighOutcome;
  reason: WeighReason;
  /** The questions that decided the outcome, in order. Later answers do not matter. */
  path: WeighQuestion[];
  /** The question to answer next, or null when the path has ended. */
  nextQuestion: WeighQuestion | null;
  /** The decisions this outcome suggests. */
  decisions: DecisionOption[];
  /** Also worth considering (not part of the Meldcode's afwegingskader). */
  alsoConsider: DecisionOption[];
}

const DECISIONS: Record<WeighOutcome, DecisionOption[]> = {
  incomplete: [],
  close_no_suspicion: ["no_action"],
  report_veilig_thuis: ["report_veilig_thuis"],
  organise_help: ["organise_help"],
  close_with_agreements: ["no_action"],
};

function result(
  outcome: WeighOutcome,
  reason: WeighReason,
  path: WeighQuestion[],
  nextQuestion: WeighQuestion | null,
  suspicion: boolean,
): WeighSuggestion {
  return {
    outcome,
    reason,
    path,
    nextQuestion,
    decisions: DECISIONS[outcome],
    // A suspicion of trafficking: CoMensha registers presumed victims (facts.md §4).
    alsoConsider: suspicion ? ["register_comensha"] : [],
  };
}

/**
 * Walks the five questions: 1 no → close and record; 2 yes → report; 3 no → report; 4 no →
 * report; 4 yes → organise help (question 5 is answered later, while monitoring); 5 no →
 * report (again); 5 yes → close the help with agreements on monitoring.
 */
export function suggestDecision(answers: WeighAnswers): WeighSuggestion {
  const path: WeighQuestion[] = [];
  const ask = (q: WeighQuestion): WeighAnswer | undefined => {
    const a = answers[q];
    if (a !== undefined) path.push(q);
    return a;
  };
  const q1 = ask("suspicion");
  if (q1 === undefined) return result("incomplete", "unanswered", path, "suspicion", false);
  if (q1 === "no") return result("close_no_suspicion", "no_suspicion", path, null, false);
  const q2 = ask("unsafety");
  if (q2 === undefined) return result("incomplete", "unanswered", path, "unsafety", true);
  if (q2 === "yes")
    return result("report_veilig_thuis", "acute_or_structural_unsafety", path, null, true);
  const q3 = ask("canOrganiseHelp");
  if (q3 === undefined) return result("incomplete", "unanswered", path, "canOrganiseHelp", true);
  if (q3 === "no") return result("report_veilig_thuis", "cannot_organise_help", path, null, true);
  const q4 = ask("helpAccepted");
  if (q4 === undefined) return result("incomplete", "unanswered", path, "helpAccepted", true);
  if (q4 === "no") return result("report_veilig_thuis", "help_not_accepted", path, null, true);
  const q5 = ask("helpEffective");
  if (q5 === undefined)
    return result("organise_help", "help_organised", path, "helpEffective", true);
  if (q5 === "no") return result("report_veilig_thuis", "help_not_effective", path, null, true);
  return result("close_with_agreements", "help_effective", path, null, true);
}

/** True when the chosen decisions include everything the suggestion asks for. */
export function followsSuggestion(
  suggestion: WeighSuggestion,
  chosen: readonly DecisionOption[],
): boolean {
  return suggestion.decisions.every((d) => chosen.includes(d));
}
