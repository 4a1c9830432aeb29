import { describe, expect, it } from "vitest";
import { columnLabels, rowLabels } from "./table-labels";

describe("labels of stacked table cells", () => {
  it("every column gets its header's text, also under a header that spans columns", () => {
    expect(
      columnLabels([
        { text: " Jongere ", colSpan: 1 },
        { text: "Niveau\n  en  verandering", colSpan: 2 },
        { text: "", colSpan: 1 },
      ]),
    ).toEqual(["Jongere", "Niveau en verandering", "Niveau en verandering", ""]);
  });

  it("a body cell is labelled by the column it starts in", () => {
    const labels = ["Maand", "Klassikaal", "E-learning", "Totaal"];
    expect(rowLabels(labels, [1, 1, 1, 1])).toEqual(labels);
    expect(rowLabels(labels, [1, 2, 1])).toEqual(["Maand", "Klassikaal", "Totaal"]);
    expect(rowLabels(labels, [1, 1, 1, 1, 1])).toEqual([...labels, ""]);
  });
});
