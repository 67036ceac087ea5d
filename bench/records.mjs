// The inventories the popup and background benchmarks run on, seeded through the extension's own
// import (one records/import message), exactly as a user's or IT's CSV file would arrive.
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();

/**
 * `count` records shaped like a growing inventory: accounts of up to 100 records each, of which at
 * most 40 exist (Microsoft's limit per account) and the rest are deleted history. Dates spread over
 * three years, so about a third of the existing ones are due for review.
 */
export function inventoryCsv(count, now = Date.now()) {
  const rows = ['name,account,createdAt,deletedAt,deletedHow,lastReviewedAt,usedWhere'];
  for (let i = 0; i < count; i++) {
    const account = `user${String(Math.floor(i / 100)).padStart(3, '0')}@contoso.com`;
    const created = now - ((i * 7919) % 1095) * DAY - 3_600_000;
    const deleted = i % 100 >= 40 ? Math.min(now - DAY, created + 30 * DAY) : null;
    const reviewed = i % 3 === 0 ? Math.min(now - DAY, created + 10 * DAY) : null;
    rows.push([`Device ${i + 1}`, account, iso(created), deleted ? iso(deleted) : '', deleted ? 'guided' : '', reviewed ? iso(reviewed) : '', `Mail on device ${i + 1}`].join(','));
  }
  return rows.join('\r\n');
}

/** Imports through an extension page (the popup), as the popup's own import does. */
export async function seedInventory(extensionPage, count) {
  const text = inventoryCsv(count);
  const reply = await extensionPage.evaluate((t) => chrome.runtime.sendMessage({ type: 'records/import', payload: { format: 'csv', text: t } }), text);
  if (!reply.ok) throw new Error(`seeding ${count} records failed: ${reply.error.message}`);
  if (reply.value.added !== count) throw new Error(`seeding added ${reply.value.added} of ${count} records`);
}
