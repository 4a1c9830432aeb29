/**
 * What the domain review of issue 16 asked of the training content, as checks that fail if the
 * content slides back: group patterns without profiling one child, non-punishment as discretion,
 * a labour case and an acute branch, and plausible distractors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { trainingModule, type TrainingModule } from "./schema.js";

const dir = fileURLToPath(new URL("../../../content/training/", import.meta.url));
const load = (id: string): TrainingModule =>
  trainingModule.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")));
const allText = (m: TrainingModule): string => JSON.stringify(m);

describe("training content after the domain review", () => {
  it("module 2 teaches group patterns as part of the job, and never nationality as a signal about one child", () => {
    const m2 = load("m2-vulnerabilities");
    const page = m2.pages[0];
    expect(page?.body.nl).toMatch(/Patronen in groepen kennen hoort bij je vak/);
    expect(page?.body.nl).toMatch(/nooit een signaal over één jongere/);
    expect(page?.body.en).toMatch(/never a signal about one young person/);
    // The old teaching ("nationality never relates to risk") is gone.
    expect(allText(m2)).not.toMatch(/nationaliteit is geen kwetsbaarheid en geen signaal/i);
    const q = m2.quiz.questions.find((x) => x.id === "q-group-patterns");
    expect(q?.options.filter((o) => o.correct).map((o) => o.id)).toEqual(["c"]);
    expect(m2.quiz.questions.some((x) => x.id === "q-nationality")).toBe(false);
  });

  it("module 4 and the knowledge base agree: Art. 8 gives authorities the right, not a rule", () => {
    const m4 = load("m4-interwoven-roles");
    const kb = JSON.parse(readFileSync(join(dir, "..", "catalog", "knowledge.json"), "utf8")) as {
      id: string;
      body: { nl: string };
    }[];
    const page = kb.find((k) => k.id === "perpetrators-and-non-punishment");
    expect(page?.body.nl).toMatch(/geeft de overheid het recht/);
    expect(page?.body.nl).not.toMatch(/horen niet vervolgd/);
    expect(JSON.stringify(m4)).toMatch(/geeft de overheid het recht/);
  });

  it("module 7 has a labour case and an acute branch where 112 is the advised answer", () => {
    const m7 = load("m7-case");
    const cases = m7.exercises.filter((e) => e.kind === "case");
    expect(cases.map((c) => c.id)).toEqual(["sami", "amir"]);
    const sami = cases[0];
    const acute =
      sami?.kind === "case" ? sami.steps.find((s) => s.id === "acute-evening") : undefined;
    expect(acute?.options.filter((o) => o.correct).map((o) => o.id)).toEqual(["call-112"]);
    expect(m7.coveredCategories).toContain("labour");
    expect(m7.pages.some((p) => p.id === "labour-case")).toBe(true);
  });

  it.each(["m7-case", "m2-vulnerabilities"])(
    "%s: every wrong answer is a sentence that could tempt, not a throwaway (min. 3 words)",
    (id) => {
      const m = load(id);
      const short = m.quiz.questions.flatMap((q) =>
        q.options
          .filter((o) => !o.correct && o.text.nl.trim().split(/\s+/).length < 3)
          .filter((o) => !/^(Chat met Fier|De Kindertelefoon)$/.test(o.text.nl))
          .map((o) => `${q.id}/${o.id}: ${o.text.nl}`),
      );
      expect(short).toEqual([]);
    },
  );
});
