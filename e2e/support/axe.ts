import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The WCAG levels we hold the site to. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (or only inside `include`, a CSS selector) and expects no violations. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  // axe walks every node: on the list of all events, on a busy 2-core machine, that alone can
  // take most of a test's default 30 s.
  test.info().setTimeout(test.info().timeout + 60_000);
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations).toEqual([]);
}
