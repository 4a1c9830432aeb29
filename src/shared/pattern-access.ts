/** The patterns rule for the web app (zod-free; see zod-free.test.ts). */
export { mayReadPatterns } from "../domain/pattern-access.js";
