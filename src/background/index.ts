import browser, { type Runtime } from 'webextension-polyfill';
import { route } from './router';

// Registered synchronously at the top level so a worker woken by a message sees the listener.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => route(raw, sender, browser.runtime.id));
