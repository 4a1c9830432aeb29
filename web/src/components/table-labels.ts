/**
 * Responsive tables, one mechanism for every table of the SPA (WCAG 1.4.10 Reflow, issue 15).
 *
 * On a narrow screen a table with several columns cannot reflow: it gets wider than the screen
 * and the page scrolls sideways. The shared <Table> (components/nlds.tsx) therefore stacks its rows
 * as cards when its container is narrow (a CSS container query in styles/app.css). A stacked
 * cell shows its column header before its value, from a `data-label` attribute that
 * `useTableLabels` copies from the table's header row — so no screen has to label its cells by
 * hand, and rows added later (a next page) are labelled too.
 *
 * Display changes can make browsers drop a table's semantics, so the table's elements also get
 * their ARIA roles (table, rowgroup, row, columnheader, rowheader, cell), as advised by Adrian
 * Roselli ("Tables, CSS Display Properties, and ARIA", 2018). The label itself is shown with
 * `content: attr(data-label) / ""`: screen readers hear the real header, not the label twice.
 */
import { useLayoutEffect, type RefObject } from "react";

/** A header cell as far as labelling is concerned. */
export interface HeaderCell {
  text: string;
  colSpan: number;
}

/**
 * The label of every column, from the header row's cells (a cell spanning two columns labels
 * both). Whitespace is collapsed.
 */
export function columnLabels(header: HeaderCell[]): string[] {
  return header.flatMap((cell) =>
    Array.from({ length: Math.max(1, cell.colSpan) }, () => cell.text.replace(/\s+/g, " ").trim()),
  );
}

/** The label of each cell of a body row, by the column it starts in. */
export function rowLabels(labels: string[], colSpans: number[]): string[] {
  let column = 0;
  return colSpans.map((span) => {
    const label = labels[column] ?? "";
    column += Math.max(1, span);
    return label;
  });
}

const ROLE_OF: Record<string, string> = {
  THEAD: "rowgroup",
  TBODY: "rowgroup",
  TFOOT: "rowgroup",
  TR: "row",
  TD: "cell",
};

/** Labels every body cell of the table and restores the roles of its parts. */
export function labelTable(table: HTMLTableElement): void {
  if (table.getAttribute("role") !== "table") table.setAttribute("role", "table");
  const headerRow = table.tHead?.rows[0];
  const labels = headerRow
    ? columnLabels(
        Array.from(headerRow.cells).map((c) => ({ text: c.textContent ?? "", colSpan: c.colSpan })),
      )
    : [];
  for (const section of Array.from(
    table.querySelectorAll(":scope > thead, :scope > tbody, :scope > tfoot"),
  )) {
    setRole(section, ROLE_OF[section.tagName] ?? "rowgroup");
    for (const row of Array.from((section as HTMLTableSectionElement).rows)) {
      setRole(row, "row");
      const cells = Array.from(row.cells);
      const rowLabel = rowLabels(
        labels,
        cells.map((c) => c.colSpan),
      );
      cells.forEach((cell, i) => {
        if (cell.tagName === "TH") {
          const scope = cell.getAttribute("scope");
          setRole(
            cell,
            scope === "row" || section.tagName !== "THEAD" ? "rowheader" : "columnheader",
          );
        } else setRole(cell, "cell");
        const label = section.tagName === "THEAD" ? "" : (rowLabel[i] ?? "");
        if (label && cell.tagName !== "TH") {
          if (cell.dataset.label !== label) cell.dataset.label = label;
        } else if (cell.dataset.label !== undefined) delete cell.dataset.label;
      });
    }
  }
}

function setRole(el: Element, role: string): void {
  if (el.getAttribute("role") !== role) el.setAttribute("role", role);
}

/**
 * Keeps the table's cells labelled: now, and whenever its rows or header change (React renders
 * rows inside child components too, so a MutationObserver, not the render of <Table>, is the
 * moment to look).
 */
export function useTableLabels(ref: RefObject<HTMLTableElement | null>): void {
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelTable(table);
    const observer = new MutationObserver(() => labelTable(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [ref]);
}
