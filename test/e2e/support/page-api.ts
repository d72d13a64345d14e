import type { Page } from 'playwright-core';

export interface ApiReply {
  ok: boolean;
  value?: unknown;
  error?: { message: string };
}

/** Calls the API from the page as the app does (browser mode: token header, same origin). */
export function callFromPage(page: Page, token: string, channel: string, input: unknown): Promise<ApiReply> {
  return page.evaluate(
    async ({ channel, input, token }) => {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { channel, input, token },
  );
}
