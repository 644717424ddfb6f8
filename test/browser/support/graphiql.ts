import type { Page } from 'playwright-core';

/**
 * Opens yoga's GraphiQL at `endpoint` with `query` in the editor (GraphiQL reads `?query=`), presses
 * Execute and returns the text of the result pane once an answer is there.
 */
export async function runGraphiqlQuery(page: Page, endpoint: string, query: string): Promise<string> {
  await page.goto(`${endpoint}?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-execute-button').click({ timeout: 60_000 });
  const result = page.locator('.result-window');
  await result.getByText('"data"').first().waitFor({ timeout: 30_000 });
  return (await result.textContent()) ?? '';
}
