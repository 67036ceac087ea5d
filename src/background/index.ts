import browser, { type Runtime } from 'webextension-polyfill';
import { route } from './router';
import { currentPolicy } from './settings/policy';
import { registerReminders } from './reminders';
import { announceRecordChanges } from './inventory/announce';
import { forgetClosedTabs } from './capture/flow-memory';
import { startPagesOnLoad } from './capture/tab-trust';
import { ensureFirstScreen } from './inventory/first-screen-summary';

const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

// Registered synchronously at the top level so a worker woken by a message, alarm or notification
// click sees its listener.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => route(raw, sender, own));
registerReminders();
announceRecordChanges();
forgetClosedTabs();
startPagesOnLoad();

// Policy is read at every worker start (and again on change, see reminders), so it is never stale.
void currentPolicy();
// The popup's first screen, kept ready from the first start on (see inventory/first-screen-summary.ts).
void ensureFirstScreen();
