import type { Page } from 'playwright-core';

const DAY_MS = 86_400_000;

/** Adds records through the popup's own messages, each created `days` ago. */
export async function seedRecords(popup: Page, records: { name: string; days: number; account?: string }[]): Promise<void> {
  await popup.evaluate(
    async ({ records, day }) => {
      for (const r of records) {
        const reply = await chrome.runtime.sendMessage({
          type: 'records/add',
          payload: { name: r.name, account: r.account ?? 'ada@contoso.com', createdAt: Date.now() - r.days * day },
        });
        if (!reply.ok) throw new Error(reply.error.message);
      }
    },
    { records, day: DAY_MS },
  );
}
