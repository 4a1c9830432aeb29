/**
 * Types of the picture (0+0+0=1): what goes into the engine, what comes out, and the shape of a
 * rule set. Pure: no I/O. Note what is NOT here: nationality, gender, languages, date of birth,
 * religion or orientation are not inputs, so they cannot change a level (see docs/signal-combination.md).
 */
import type { ExploitationType, IloElement, SpecificType, Tier } from "../catalog/schema.js";

/** 0 no signals · 1 signal · 2 concern · 3 suspicion of exploitation · 4 acute. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** Where a signal came from: seen by the professional, told by the youth, or heard from others. */
export type SignalSource = "own_observation" | "youth_told" | "third_party";

/** One recorded signal, with the catalogue facts of its indicator copied in. */
export interface PictureSignal {
  id: string;
  indicatorId: string;
  category: string;
  types: readonly ExploitationType[];
  tier: Tier;
  acute: boolean;
  control: boolean;
  /** The ILO/EC element of its indicator, if any (rule set v2). */
  iloElement?: IloElement | undefined;
  /** Its indicator states the exploitation itself (rule set v2). */
  describesExploitation?: boolean | undefined;
  observerId: string;
  organisationId: string;
  source: SignalSource;
  /** YYYY-MM-DD */
  observedAt: string;
  retracted: boolean;
}

/** A recorded or derived vulnerability factor (e.g. `nearly-18`, derived from the age). */
export interface PictureVulnerability {
  factorId: string;
  derived: boolean;
  /** Indicators that record the same fact; recorded as a signal, the factor counts once (v2). */
  sameAsIndicators?: readonly string[] | undefined;
}

/** A missing episode; `endedAt` is null while the youth is still missing. */
export interface PictureMissingEpisode {
  id: string;
  /** ISO datetime */
  startedAt: string;
  endedAt: string | null;
}

/** A professional's own recorded judgement ("ik heb een vermoeden" / "geen vermoeden"). */
export interface PictureJudgement {
  id: string;
  authorId: string;
  kind: "suspicion" | "no_suspicion";
  /** ISO datetime */
  recordedAt: string;
}

/** A safety check that found danger now: level 4 until handled. */
export interface PictureSafetyAlert {
  id: string;
  raisedAt: string;
  handledAt: string | null;
}

/** Everything the engine may look at. Nothing else about the youth is an input. */
export interface PictureInput {
  signals: readonly PictureSignal[];
  vulnerabilities: readonly PictureVulnerability[];
  missingEpisodes: readonly PictureMissingEpisode[];
  judgements: readonly PictureJudgement[];
  safetyAlerts: readonly PictureSafetyAlert[];
  /** ISO datetime; the engine never reads the clock itself. */
  now: string;
}

/** Text in Dutch and English. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** One rule that fired, with the facts it rests on. */
export interface PictureReason {
  rule: string;
  level: Level;
  type?: SpecificType;
  text: LocalizedText;
  signalIds: string[];
  evidence: { kind: "signal" | "missing" | "judgement" | "vulnerability" | "safety"; id: string }[];
}

/** The picture for one specific form of exploitation. */
export interface TypePicture {
  level: Level;
  /** The ILO/EC element rule is met for this type. */
  positive: boolean;
  signalIds: string[];
}

/** The outcome: a level, its reasons, and a suggested next step. */
export interface Picture {
  level: Level;
  label: LocalizedText;
  reasons: PictureReason[];
  byType: Record<SpecificType, TypePicture>;
  counts: {
    signals: number;
    indicators: number;
    categories: number;
    observers: number;
    organisations: number;
  };
  suggestedStep: { id: string; text: LocalizedText };
  rulesVersion: string;
}

export type * from "./rule-types.js";
