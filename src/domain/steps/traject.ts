/**
 * The guided route from concern to action (a "traject" per concern), after the seed's
 * "mogelijke stappen" and the Meldcode. ONE transition table, as data: the state is the step the
 * circle is at; an event is a completed step (or a done review). Pure.
 *
 * Order: safety check → consult → talk with/inform the youth → weigh → decide → monitor → close.
 * Earlier kinds of step may be repeated later (a new safety check, another consultation) without
 * moving back; weighing again while monitoring asks for a new decision; closing is possible from
 * every open state (with a reason) and a closed traject is final: reopening is a new traject.
 */
import { DomainError } from "../errors.js";

/** The kinds of step record. */
export const STEP_KINDS = [
  "safety_check",
  "consult",
  "inform_youth",
  "weigh",
  "decide",
  "monitor",
  "close",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Where a traject is: the next step to take, or closed. */
export const TRAJECT_STATES = [
  "safety_check",
  "consult",
  "inform_youth",
  "weigh",
  "decide",
  "monitor",
  "closed",
] as const;
export type TrajectState = (typeof TRAJECT_STATES)[number];

/** What can happen to a traject. */
export const TRAJECT_EVENTS = [
  "safety_checked",
  "consulted",
  "youth_informed",
  "weighed",
  "decided",
  "monitoring_planned",
  "review_done",
  "closed",
] as const;
export type TrajectEvent = (typeof TRAJECT_EVENTS)[number];

/** The event a completed step record causes. */
export const EVENT_OF_STEP: Record<StepKind, TrajectEvent> = {
  safety_check: "safety_checked",
  consult: "consulted",
  inform_youth: "youth_informed",
  weigh: "weighed",
  decide: "decided",
  monitor: "monitoring_planned",
  close: "closed",
};

/** THE transition table: state → event → next state. Anything missing is refused. */
export const TRANSITIONS: Readonly<
  Record<TrajectState, Readonly<Partial<Record<TrajectEvent, TrajectState>>>>
> = {
  safety_check: { safety_checked: "consult", closed: "closed" },
  consult: { safety_checked: "consult", consulted: "inform_youth", closed: "closed" },
  inform_youth: {
    safety_checked: "inform_youth",
    consulted: "inform_youth",
    youth_informed: "weigh",
    closed: "closed",
  },
  weigh: {
    safety_checked: "weigh",
    consulted: "weigh",
    youth_informed: "weigh",
    weighed: "decide",
    closed: "closed",
  },
  decide: {
    safety_checked: "decide",
    consulted: "decide",
    youth_informed: "decide",
    weighed: "decide",
    decided: "monitor",
    closed: "closed",
  },
  monitor: {
    safety_checked: "monitor",
    consulted: "monitor",
    youth_informed: "monitor",
    weighed: "decide",
    monitoring_planned: "monitor",
    review_done: "monitor",
    closed: "closed",
  },
  closed: {},
};

/** The step the guided route asks for in a state (null when closed). */
export function nextStep(state: TrajectState): StepKind | null {
  return state === "closed" ? null : state;
}

/** The events the table allows in a state, in table order. */
export function allowedEvents(state: TrajectState): TrajectEvent[] {
  return TRAJECT_EVENTS.filter((e) => TRANSITIONS[state][e] !== undefined);
}

/** The kinds of step a user may record (draft or complete) in a state. */
export function allowedSteps(state: TrajectState): StepKind[] {
  return STEP_KINDS.filter((s) => TRANSITIONS[state][EVENT_OF_STEP[s]] !== undefined);
}

/** True when the table allows the event in the state. */
export function canTransition(state: TrajectState, event: TrajectEvent): boolean {
  return TRANSITIONS[state][event] !== undefined;
}

function refusal(state: TrajectState, event: TrajectEvent): string {
  if (state === "closed") {
    return "This traject is closed. Open a new traject for a new concern; the history stays.";
  }
  if (event === "review_done") {
    return "A review can only be recorded while the traject is at the monitoring step.";
  }
  return `The step "${event}" is not possible now: the traject is at "${state}". Do that step first.`;
}

/** The next state, or INVALID_TRANSITION with a clear message. Pure. */
export function transition(state: TrajectState, event: TrajectEvent): TrajectState {
  const next = TRANSITIONS[state][event];
  if (next === undefined) {
    throw new DomainError("INVALID_TRANSITION", refusal(state, event), {
      details: [
        { path: "step", message: `allowed now: ${allowedEvents(state).join(", ") || "none"}` },
      ],
    });
  }
  return next;
}

/** Narrows a stored string to a state (unknown values are a data error, never user input). */
export function asTrajectState(value: string): TrajectState {
  const found = TRAJECT_STATES.find((s) => s === value);
  if (!found) throw new Error(`unknown traject state ${value}`);
  return found;
}
