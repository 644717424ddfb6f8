import type { Page } from 'playwright-core';

/**
 * Opens yoga's GraphiQL at `endpoint` with `query` in the editor (GraphiQL reads `?query=`), presses
 * Execute, waits until the result pane shows an answer and returns the body GraphiQL received (the pane
 * itself is a virtualised editor: its text holds only the visible lines).
 */
export async function runGraphiqlQuery(page: Page, endpoint: string, query: string): Promise<string> {
  await page.goto(`${endpoint}?query=${encodeURIComponent(query)}`);
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('IntrospectionQuery'),
    { timeout: 60_000 },
  );
  await page.locator('.graphiql-execute-button').click({ timeout: 60_000 });
  const body = await (await answer).text();
  await page.locator('.result-window').getByText('"data"').first().waitFor({ timeout: 30_000 });
  return body;
}
