// Playwright fixtures: one renderer server per worker, and a fresh real core per test.
import { test as base, expect } from '@playwright/test';
import { connect, createCoreHost, startRendererServer, type CoreHost } from './browser-host';

export const test = base.extend<{ host: CoreHost; app: { url: string } }, { server: { url: string } }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await startRendererServer();
      await use({ url: server.url });
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  host: async ({}, use) => {
    const host = createCoreHost();
    await use(host);
    host.dispose();
  },
  app: async ({ page, host, server }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await connect(page, host);
    await page.goto(server.url);
    await use({ url: server.url });
    expect(errors, 'the page logged no errors').toEqual([]);
  },
});

export { expect };
