/**
 * Test support for the picture (used by *.test.ts only): a fixed clock, indicators copied from
 * the catalogue (kept true by catalogue-fixtures.test.ts) and builders for input.
 */
import type { ExploitationType, IloElement, Tier } from "../catalog/schema.js";
import type {
  PictureInput,
  PictureJudgement,
  PictureMissingEpisode,
  PictureSignal,
  SignalSource,
} from "./types.js";

/** The fixed "now" of the worked examples. */
export const NOW = "2025-06-15T12:00:00Z";

/** The date (YYYY-MM-DD) `days` before `now`. */
export function daysBefore(days: number, now: string = NOW): string {
  return new Date(Date.parse(now) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The datetime `days` before `now`. */
export function timeBefore(days: number, now: string = NOW): string {
  return new Date(Date.parse(now) - days * 86_400_000).toISOString();
}

/** The catalogue facts of an indicator, as copied into a signal. */
export interface ExampleIndicator {
  indicatorId: string;
  category: string;
  types: readonly ExploitationType[];
  tier: Tier;
  acute: boolean;
  control: boolean;
  iloElement?: IloElement;
  describesExploitation?: boolean;
}

interface Flags {
  acute?: boolean;
  control?: boolean;
  iloElement?: IloElement;
  describesExploitation?: boolean;
}

function ind(
  indicatorId: string,
  category: string,
  types: readonly ExploitationType[],
  tier: Tier,
  flags: Flags = {},
): ExampleIndicator {
  return {
    indicatorId,
    category,
    types,
    tier,
    acute: flags.acute ?? false,
    control: flags.control ?? false,
    ...(flags.iloElement ? { iloElement: flags.iloElement } : {}),
    ...(flags.describesExploitation ? { describesExploitation: true } : {}),
  };
}

/**
 * Indicators as in the catalogue (content/catalog/indicators, version 1.0.0): id, category,
 * types, tier and flags copied here so the worked examples stay readable and stable.
 */
export const IND = {
  storyInconsistent: ind("flight.story-inconsistent", "flight-story", ["general"], "weak"),
  smugglerDebt: ind("flight.debt-to-smuggler", "flight-story", ["general"], "medium", {
    control: true,
    iloElement: "vulnerability-recruitment",
  }),
  theft: ind("behav.theft", "problem-behaviour", ["criminal"], "medium"),
  weapon: ind("behav.weapon", "problem-behaviour", ["criminal"], "medium"),
  fights: ind("behav.fights", "problem-behaviour", ["criminal", "general"], "weak"),
  schoolAbsence: ind("behav.school-absence", "problem-behaviour", ["general"], "weak"),
  onlineStrangers: ind("social.online-strangers", "social", ["sexual", "criminal"], "weak"),
  withdraws: ind("social.withdraws-from-peers", "social", ["general"], "weak"),
  manyNewContacts: ind("social.many-new-contacts", "social", ["general"], "weak"),
  olderContacts: ind("social.older-contacts", "social", ["general"], "weak"),
  unexplainedMoney: ind("other.unexplained-money", "other", ["general"], "medium"),
  exhausted: ind("phys.exhausted", "physical", ["general"], "weak"),
  injuries: ind("phys.injuries", "physical", ["general"], "medium"),
  forcedTheft: ind("crim.forced-theft", "criminal", ["criminal"], "strong", {
    acute: true,
    iloElement: "coercion-at-destination",
    describesExploitation: true,
  }),
  threatenedByPhone: ind("crim.threatened-by-phone", "criminal", ["criminal"], "strong", {
    acute: true,
    iloElement: "coercion-at-destination",
  }),
  sentToLocations: ind("crim.sent-to-locations", "criminal", ["criminal"], "medium"),
  moneyToOthers: ind("sex.money-to-others", "sexual", ["sexual"], "strong", {
    iloElement: "exploitation",
    describesExploitation: true,
  }),
  olderPartner: ind("sex.older-partner", "sexual", ["sexual"], "medium", {
    iloElement: "vulnerability-recruitment",
  }),
  sexualKnowledge: ind("sex.sexual-knowledge", "sexual", ["sexual"], "weak"),
  excessiveHours: ind("lab.excessive-hours", "labour", ["labour"], "strong", {
    iloElement: "exploitation",
  }),
  lowOrNoPay: ind("lab.low-or-no-pay", "labour", ["labour"], "medium", {
    iloElement: "exploitation",
  }),
  hazardousWork: ind("lab.hazardous-work", "labour", ["labour"], "medium", {
    iloElement: "exploitation",
  }),
  noSchoolForWork: ind("lab.no-school-for-work", "labour", ["labour"], "medium", {
    iloElement: "exploitation",
  }),
  noFreeTime: ind("lab.no-free-time", "labour", ["labour"], "weak", { iloElement: "exploitation" }),
  threats: ind("other.threats", "other", ["general"], "strong", {
    acute: true,
    control: true,
    iloElement: "coercion-at-destination",
  }),
  threatenedNearLocation: ind("other.threatened-near-location", "other", ["general"], "strong", {
    acute: true,
    control: true,
    iloElement: "coercion-at-destination",
  }),
  documentsHeld: ind("other.documents-held", "other", ["general"], "strong", {
    control: true,
    iloElement: "coercion-at-destination",
  }),
  debts: ind("other.debts", "other", ["general"], "medium", {
    control: true,
    iloElement: "vulnerability-at-destination",
  }),
} as const;

let counter = 0;

/** A signal of an example indicator; by default seen today by `mentor-1` of COA. */
export function signal(
  indicator: ExampleIndicator,
  opts: {
    id?: string;
    by?: string;
    org?: string;
    daysAgo?: number;
    source?: SignalSource;
    retracted?: boolean;
  } = {},
): PictureSignal {
  counter += 1;
  return {
    id: opts.id ?? `s${String(counter).padStart(4, "0")}`,
    ...indicator,
    types: [...indicator.types],
    observerId: opts.by ?? "mentor-1",
    organisationId: opts.org ?? "coa",
    source: opts.source ?? "own_observation",
    observedAt: daysBefore(opts.daysAgo ?? 0),
    retracted: opts.retracted ?? false,
  };
}

/** A missing episode that started `startedDaysAgo` and ended `endedDaysAgo` (null: still missing). */
export function missing(
  id: string,
  startedDaysAgo: number,
  endedDaysAgo: number | null,
): PictureMissingEpisode {
  return {
    id,
    startedAt: timeBefore(startedDaysAgo),
    endedAt: endedDaysAgo === null ? null : timeBefore(endedDaysAgo),
  };
}

/** A professional's judgement recorded `daysAgo`. */
export function judgement(
  id: string,
  authorId: string,
  kind: PictureJudgement["kind"],
  daysAgo = 0,
): PictureJudgement {
  return { id, authorId, kind, recordedAt: timeBefore(daysAgo) };
}

/** An input with nothing in it but what is given. */
export function input(partial: Partial<PictureInput> = {}): PictureInput {
  return {
    signals: [],
    vulnerabilities: [],
    missingEpisodes: [],
    judgements: [],
    safetyAlerts: [],
    now: NOW,
    ...partial,
  };
}
