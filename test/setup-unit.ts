import 'fake-indexeddb/auto';
import { loadMessages } from './fakes/load-messages';
import { fakeBrowser } from './fakes/browser';

// Shared code that skips the polyfill (src/shared/ext.ts) finds the same fake as code that uses it.
(globalThis as { browser?: unknown }).browser = fakeBrowser;

loadMessages('en');
