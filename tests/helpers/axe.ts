import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The serious and critical WCAG 2.1 A/AA violations of the page, each with up to three of its elements.
 * axe runs in the page itself (`setLegacyMode`): the default mode opens a blank page and injects
 * axe into it again after every analysis to merge the frames' results, which doubled the time of
 * each check; the app has no frames (and same-origin ones are still analysed in this mode). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode()
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}
