import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import {
  allowedSteps,
  EVENT_OF_STEP,
  nextStep,
  STEP_KINDS,
  transition,
  TRAJECT_EVENTS,
  TRAJECT_STATES,
  type TrajectEvent,
  type TrajectState,
} from "./traject.js";

// The expected table, written out for review by a domain expert: every state × every event.
// "—" means refused (INVALID_TRANSITION). Columns: safety_checked, consulted, youth_informed,
// weighed, decided, monitoring_planned, review_done, closed.
const _ = "—";
const EXPECTED: Record<TrajectState, (TrajectState | typeof _)[]> = {
  //             safety    consulted  informed   weighed   decided    planned    review     closed
  safety_check: ["consult", _, _, _, _, _, _, "closed"],
  consult: ["consult", "inform_youth", _, _, _, _, _, "closed"],
  inform_youth: ["inform_youth", "inform_youth", "weigh", _, _, _, _, "closed"],
  weigh: ["weigh", "weigh", "weigh", "decide", _, _, _, "closed"],
  decide: ["decide", "decide", "decide", "decide", "monitor", _, _, "closed"],
  monitor: ["monitor", "monitor", "monitor", "decide", _, "monitor", "monitor", "closed"],
  closed: [_, _, _, _, _, _, _, _],
};

const cases = TRAJECT_STATES.flatMap((state) =>
  TRAJECT_EVENTS.map((event, i) => [state, event, EXPECTED[state][i] ?? _] as const),
);

describe("the traject transition table", () => {
  it("covers every state and every event", () => {
    expect(cases).toHaveLength(TRAJECT_STATES.length * TRAJECT_EVENTS.length);
  });

  it.each(cases)("in %s, %s → %s", (state, event, expected) => {
    if (expected === _) {
      expect(() => transition(state, event)).toThrowError(DomainError);
      try {
        transition(state, event);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe("INVALID_TRANSITION");
        expect((e as DomainError).safeMessage.length).toBeGreaterThan(20);
      }
    } else {
      expect(transition(state, event)).toBe(expected);
    }
  });

  it("a closed traject refuses everything and says to open a new one", () => {
    for (const event of TRAJECT_EVENTS) {
      expect(() => transition("closed", event)).toThrow(/new traject/);
    }
  });

  it("the guided route walks the seven steps in the seed's order", () => {
    let state: TrajectState = "safety_check";
    const walked: string[] = [];
    const route: TrajectEvent[] = [
      "safety_checked",
      "consulted",
      "youth_informed",
      "weighed",
      "decided",
      "monitoring_planned",
      "review_done",
      "closed",
    ];
    for (const event of route) {
      walked.push(state);
      state = transition(state, event);
    }
    expect(walked).toEqual([
      "safety_check",
      "consult",
      "inform_youth",
      "weigh",
      "decide",
      "monitor",
      "monitor",
      "monitor",
    ]);
    expect(state).toBe("closed");
    expect(nextStep(state)).toBeNull();
  });

  it("the safety check comes first: nothing but a safety check or closing before it", () => {
    expect(allowedSteps("safety_check")).toEqual(["safety_check", "close"]);
  });

  it("a refusal names the step the traject is at", () => {
    expect(() => transition("consult", "weighed")).toThrow(/"consult"/);
    expect(() => transition("weigh", "review_done")).toThrow(/monitoring/);
  });

  it.each(STEP_KINDS)("the step %s maps to an event of the table", (step) => {
    expect(TRAJECT_EVENTS).toContain(EVENT_OF_STEP[step]);
  });
});
