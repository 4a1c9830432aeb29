/** Queries of the patterns screens. */
import { useQuery } from "@tanstack/react-query";
import { get } from "../../lib/api";
import type { PatternsResponse } from "../../../../src/shared/pattern.schema";

/** Every pattern the care coordinator may see; with `youthId`, those of one youth. */
export function usePatterns(youthId?: string, enabled = true) {
  return useQuery({
    queryKey: ["patterns", youthId ?? "all"],
    queryFn: () =>
      get<PatternsResponse>(
        youthId ? `/api/patterns?youthId=${encodeURIComponent(youthId)}` : "/api/patterns",
      ),
    enabled,
    retry: false,
  });
}
