import type { Locator, Page } from 'playwright-core';
import { GUIDE_QUERIES, slideFragment } from '../../../graph-schema/guide/index.js';

export interface BrowserLogin {
  browserUrl: string;
  boltUri: string;
  user: string;
  password: string;
}

/** Opens Neo4j Browser (5.x connect form) and logs in; resolves once the start frame is shown. */
export async function loginToBrowser(page: Page, login: BrowserLogin): Promise<void> {
  await page.goto(login.browserUrl);
  await page.getByTestId('boltaddress').fill(login.boltUri);
  await page.getByTestId('username').fill(login.user);
  await page.getByTestId('password').fill(login.password);
  await page.getByTestId('password').press('Enter');
  await page.getByTestId('frame').filter({ hasText: ':server connect' }).first().waitFor({ timeout: 30_000 });
  // The product-analytics banner would cover the top of every screenshot.
  const banner = page.getByText('To help make Neo4j Browser better');
  if (await banner.isVisible())
    await banner
      .locator('xpath=..')
      .locator('button, svg')
      .last()
      .click()
      .catch(() => {});
}

/** Types a one-line command into Browser's editor and runs it; returns the frame it opens. */
export async function runCommand(page: Page, command: string): Promise<Locator> {
  await page.getByTestId('activeEditor').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  const frame = page
    .getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').filter({ hasText: command }) });
  await frame.first().waitFor({ timeout: 30_000 });
  return frame.first();
}

/**
 * Does what the guide asks of an analyst: opens the query's slide with `:play`, clicks its `:params`
 * block and runs it, clicks its Cypher block and runs it. Returns the result frame (the newest).
 */
export async function runGuideQuery(page: Page, guideUrl: string, id: string): Promise<Locator> {
  const index = GUIDE_QUERIES.findIndex((q) => q.id === id);
  if (index < 0) throw new Error(`no guide query "${id}"`);
  const query = GUIDE_QUERIES[index]!;
  // The frame of this very command: the intro slide also lists every title, in its contents.
  const slide = await runCommand(page, `:play ${guideUrl}${slideFragment(index)}`);
  await slide.locator('h3', { hasText: query.title }).waitFor({ timeout: 30_000 });
  const blocks = slide.locator('pre.runnable');
  await blocks.nth(0).click();
  await page.getByTestId('editor-Run').click();
  await page.getByTestId('frameCommand').filter({ hasText: ':params' }).first().waitFor({ timeout: 30_000 });
  await blocks.nth(1).click();
  await page.getByTestId('editor-Run').click();
  const result = page.getByTestId('frame').first();
  await result.getByTestId('frameCommand').filter({ hasText: 'MATCH' }).waitFor({ timeout: 30_000 });
  await result.getByTestId('frame-loaded-contents').waitFor({ timeout: 60_000 });
  return result;
}
