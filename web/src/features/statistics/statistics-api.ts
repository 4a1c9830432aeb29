/** TanStack Query hooks for /api/statistics. Labels come in the interface language. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { StatisticsExport } from "../../../../src/shared/api/statistics-export";
import type { FigureTable, StatisticsOverview } from "../../../../src/shared/statistics.schema";
import { get, post } from "../../lib/api";

const KEY = ["statistics"] as const;

export function useStatsLang(): "nl" | "en" {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "nl";
}

export interface FigureFilter {
  location: string;
  orgType: string;
  period: string;
}

export function figureQueryString(filter: FigureFilter, lang: string): string {
  return new URLSearchParams({ ...filter, lang }).toString();
}

export function useStatisticsOverview() {
  const lang = useStatsLang();
  return useQuery({
    queryKey: [...KEY, "overview", lang],
    queryFn: () => get<StatisticsOverview>(`/api/statistics?lang=${lang}`),
  });
}

export function useFigure(figure: string, filter: FigureFilter, enabled: boolean) {
  const lang = useStatsLang();
  return useQuery({
    queryKey: [...KEY, "figure", figure, filter, lang],
    queryFn: () =>
      get<FigureTable>(
        `/api/statistics/figures/${encodeURIComponent(figure)}?${figureQueryString(filter, lang)}`,
      ),
    enabled,
  });
}

/** The export for the Nationaal Rapporteur / CoMensha of one area (loaded when shown). */
export function useStatisticsExport(location: string, enabled: boolean) {
  const lang = useStatsLang();
  return useQuery({
    queryKey: [...KEY, "export", location, lang],
    queryFn: () =>
      get<StatisticsExport>(
        `/api/statistics/export?${new URLSearchParams({ location, lang }).toString()}`,
      ),
    enabled,
  });
}

export function useComputeStatistics() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ computedAt: string; cells: number }>("/api/statistics/runs"),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
