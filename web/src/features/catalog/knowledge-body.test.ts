import { describe, expect, it } from "vitest";
import { parseBody } from "./knowledge-body";

describe("knowledge page bodies", () => {
  it("blank lines separate paragraphs", () => {
    expect(parseBody("One.\n\nTwo\nstill two.")).toEqual([
      { kind: "paragraph", text: "One." },
      { kind: "paragraph", text: "Two still two." },
    ]);
  });

  it("lines starting with '- ' become one list", () => {
    expect(parseBody("Intro:\n\n- a\n- b\n\nEnd.")).toEqual([
      { kind: "paragraph", text: "Intro:" },
      { kind: "list", items: ["a", "b"] },
      { kind: "paragraph", text: "End." },
    ]);
  });

  it("a list directly under a line of text is split from it", () => {
    expect(parseBody("Intro:\n- a\n- b")).toEqual([
      { kind: "paragraph", text: "Intro:" },
      { kind: "list", items: ["a", "b"] },
    ]);
  });

  it("markup stays plain text", () => {
    expect(parseBody("<script>alert(1)</script>")).toEqual([
      { kind: "paragraph", text: "<script>alert(1)</script>" },
    ]);
  });

  it("Windows line ends and extra blank lines are fine", () => {
    expect(parseBody("a\r\n\r\n\r\n- b\r\n")).toEqual([
      { kind: "paragraph", text: "a" },
      { kind: "list", items: ["b"] },
    ]);
  });
});
