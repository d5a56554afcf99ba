/** Vitest global setup: one line, once, saying why the citation tests skip in a plain clone. */
import { REPORT_PATH, REPORT_PRESENT } from './helpers.ts';

export default function setup(): void {
  if (!REPORT_PRESENT)
    console.log(
      `citations: the report is not at ${REPORT_PATH} (it sits beside the team's checkouts, not in the repository), so its citation tests are skipped.`,
    );
}
