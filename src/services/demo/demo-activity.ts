/**
 * Demo signal histories: several observers, months apart, some retracted, so that the demo
 * shows all five levels. Texts are made up and written as facts.
 */
import type { EntityKind } from "../../domain/patterns/entities.js";

/**
 * One made-up phone number in the signals of Amir and Mariam (Zutphen, region Oost) and of
 * Tesfay (Ter Apel, region Noord), written three ways: the demo care coordinator of Oost sees a
 * pattern with the two in reach and a content-free match in Noord.
 */
export const DEMO_SHARED_PHONE = "06-98765432";

export interface DemoSignal {
  youth: string;
  by: "mentor" | "guardian" | "school" | "care_coordinator" | "mentor.terapel";
  daysAgo: number;
  indicators: string[];
  source: "own_observation" | "youth_told" | "third_party";
  sourceDetail?: string;
  facts: string;
  interpretation?: string;
  retract?: string;
  /** Structured mentions (issue 25); the shared phone number makes a pattern for the demo. */
  entities?: { kind: EntityKind; value: string }[];
}

export const DEMO_SIGNALS: DemoSignal[] = [
  // Amir — the seed's case: level 3 (criminal; forced theft describes the exploitation itself).
  {
    youth: "amir",
    by: "school",
    daysAgo: 75,
    indicators: ["behav.school-absence"],
    source: "own_observation",
    facts: "Vijf lesdagen afwezig in drie weken, zonder afmelding.",
  },
  {
    youth: "amir",
    by: "mentor",
    daysAgo: 60,
    indicators: ["behav.out-at-night", "other.expensive-items"],
    source: "own_observation",
    facts: "Komt na middernacht terug; draagt sinds kort een dure jas en nieuwe schoenen.",
  },
  {
    youth: "amir",
    by: "mentor",
    daysAgo: 20,
    indicators: ["crim.forced-theft", "crim.threatened-by-phone"],
    source: "youth_told",
    facts:
      "Vertelt dat hij moet stelen voor iemand, anders wordt hij bedreigd. Wordt gebeld en buiten de locatie opgewacht.",
    interpretation: "Ik maak me zorgen dat hij onder druk wordt gezet.",
    entities: [
      { kind: "phone", value: DEMO_SHARED_PHONE },
      { kind: "person_name", value: "Oom Karim" },
    ],
  },
  {
    youth: "amir",
    by: "guardian",
    daysAgo: 12,
    indicators: ["social.picked-up"],
    source: "third_party",
    sourceDetail: "Beveiliger van de locatie",
    facts: "Werd twee keer 's avonds opgehaald door een auto met onbekende volwassenen.",
    entities: [{ kind: "vehicle", value: "zwarte BMW" }],
  },
  // Yonas — signals from three professionals, one pointing to exploitation (two phones), with his
  // vulnerabilities as context: level 3 under rule set v2 (concern-context; v1 gave 2).
  {
    youth: "yonas",
    by: "mentor",
    daysAgo: 50,
    indicators: ["behav.out-at-night"],
    source: "own_observation",
    facts: "Drie nachten deze maand pas na 02:00 teruggekomen.",
  },
  {
    youth: "yonas",
    by: "guardian",
    daysAgo: 35,
    indicators: ["other.several-phones"],
    source: "own_observation",
    facts: "Had tijdens het gesprek twee telefoons bij zich; een ervan ging steeds over.",
  },
  {
    youth: "yonas",
    by: "school",
    daysAgo: 14,
    indicators: ["phys.exhausted"],
    source: "own_observation",
    facts: "Valt in de les in slaap, zegt dat hij 's nachts moet werken.",
  },
  // Mariam — acute threat at the location two days ago: level 4.
  {
    youth: "mariam",
    by: "mentor",
    daysAgo: 40,
    indicators: ["social.older-contacts"],
    source: "own_observation",
    facts: "Wordt regelmatig gebeld door een man van rond de 30 die zij 'neef' noemt.",
    entities: [{ kind: "phone", value: "+31698765432" }],
  },
  {
    youth: "mariam",
    by: "guardian",
    daysAgo: 2,
    indicators: ["other.threatened-near-location"],
    source: "youth_told",
    facts: "Vertelt dat de man gisteren bij de poort stond en zei dat ze mee moest komen.",
  },
  // Dawit — one signal, one retracted: level 1.
  {
    youth: "dawit",
    by: "mentor",
    daysAgo: 90,
    indicators: ["phys.exhausted"],
    source: "own_observation",
    facts: "Oogt al twee weken erg moe en slaapt overdag veel.",
  },
  {
    youth: "dawit",
    by: "mentor",
    daysAgo: 80,
    indicators: ["other.unexplained-money"],
    source: "own_observation",
    facts: "Had 200 euro contant bij zich.",
    retract: "Geld bleek leefgeld van twee weken; verkeerd ingeschat.",
  },
  // Ahmad — two observers: level 2.
  {
    youth: "ahmad",
    by: "mentor",
    daysAgo: 200,
    indicators: ["behav.fights"],
    source: "own_observation",
    facts: "Vechtpartij in de gemeenschappelijke ruimte met een oudere bewoner.",
  },
  {
    youth: "ahmad",
    by: "school",
    daysAgo: 30,
    indicators: ["behav.school-decline"],
    source: "own_observation",
    facts: "Cijfers en inzet zijn sinds de zomer sterk gedaald.",
  },
  // Rahel — soft signals plus the guardian's suspicion: level 3.
  {
    youth: "rahel",
    by: "school",
    daysAgo: 45,
    indicators: ["sex.older-partner"],
    source: "third_party",
    sourceDetail: "Klasgenote",
    facts: "Een klasgenote vertelt dat Rahel een vriend van ruim 25 heeft die haar ophaalt.",
  },
  {
    youth: "rahel",
    by: "guardian",
    daysAgo: 21,
    indicators: ["other.expensive-items"],
    source: "own_observation",
    facts: "Heeft een nieuwe telefoon en dure make-up; zegt dat ze die cadeau kreeg.",
  },
  // Samir (Ter Apel) — one signal: level 1.
  {
    youth: "samir",
    by: "mentor.terapel",
    daysAgo: 10,
    indicators: ["flight.story-rehearsed"],
    source: "own_observation",
    facts:
      "Vertelt zijn reisverhaal steeds met precies dezelfde woorden, als uit het hoofd geleerd.",
  },
  // Tesfay (Ter Apel) — labour: very long hours and hardly any pay make the ILO/EC element of
  // exploitation positive: level 3 under rule set v2 (v1 gave 2).
  {
    youth: "tesfay",
    by: "mentor.terapel",
    daysAgo: 60,
    indicators: ["lab.excessive-hours"],
    source: "youth_told",
    facts: "Zegt dat hij in het weekend twaalf uur per dag in een autowasstraat werkt.",
  },
  {
    youth: "tesfay",
    by: "guardian",
    daysAgo: 25,
    indicators: ["lab.low-or-no-pay"],
    source: "youth_told",
    facts: "Krijgt naar eigen zeggen 20 euro per dag, de rest 'gaat naar de schuld'.",
    entities: [{ kind: "phone", value: "0031 6 9876 5432" }],
  },
  // Jamal (Ter Apel) — one soft signal: level 1.
  {
    youth: "jamal",
    by: "guardian",
    daysAgo: 100,
    indicators: ["behav.goes-missing"],
    source: "own_observation",
    facts: "Was een weekend niet op de locatie; zegt dat hij bij familie in Rotterdam was.",
  },
];

export const DEMO_JUDGEMENTS = [
  {
    youth: "rahel",
    by: "guardian" as const,
    daysAgo: 7,
    kind: "suspicion" as const,
    reason: "Na gesprek met Rahel en school heb ik een vermoeden van seksuele uitbuiting.",
  },
];

export const DEMO_VULNERABILITIES = [
  {
    youth: "amir",
    by: "guardian" as const,
    daysAgo: 100,
    factorId: "smuggling-debts",
    note: "Noemt een schuld bij de smokkelaar.",
  },
  {
    youth: "yonas",
    by: "guardian" as const,
    daysAgo: 60,
    factorId: "family-pressure",
    note: "Familie verwacht dat hij geld stuurt.",
  },
  {
    youth: "tesfay",
    by: "mentor.terapel" as const,
    daysAgo: 30,
    factorId: "smuggling-debts",
    note: "Moet de reis terugbetalen.",
  },
];
