/** The configuration the crash-safety test seeds with and its child server runs with. */
import { TEST_KEYS } from "../test-app.js";

export const CRASH_CONFIG = {
  keys: TEST_KEYS,
  session: { idleMinutes: 30, absoluteMinutes: 720 },
  demo: true,
  version: "test",
  env: "test",
} as const;
