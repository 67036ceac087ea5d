/**
 * An in-memory stand-in for webextension-polyfill, for unit tests (vitest aliases the package here).
 * Only what the code uses; storage areas behave like the real ones (structured copies, onChanged).
 */
type Listener = (...args: any[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    listeners,
    emit: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

const onChanged = event();

function storageArea(areaName: string) {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      const out: Record<string, unknown> = {};
      for (const key of list) {
        if (key in data) out[key] = structuredClone(data[key]);
        else if (key in defaults) out[key] = defaults[key];
      }
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      onChanged.emit(changes, areaName);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!(key in data)) continue;
        changes[key] = { oldValue: data[key] };
        delete data[key];
      }
      if (Object.keys(changes).length) onChanged.emit(changes, areaName);
    },
    async clear() {
      data = {};
    },
    /** Test helper: replace the whole area, as an admin's policy change would. */
    _replace(next: Record<string, unknown>) {
      data = structuredClone(next);
    },
  };
}

const messages: Record<string, string> = {};

interface FakeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** Alarms as the browser keeps them; tests fire one with `_fire`. */
function alarmsApi() {
  const alarms = new Map<string, FakeAlarm>();
  const onAlarm = event();
  return {
    async create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) {
      const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
      alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes && { periodInMinutes: info.periodInMinutes }) });
    },
    async get(name: string) {
      return alarms.get(name);
    },
    async getAll() {
      return [...alarms.values()];
    },
    async clear(name: string) {
      return alarms.delete(name);
    },
    onAlarm,
    _fire(name: string) {
      const alarm = alarms.get(name) ?? { name, scheduledTime: Date.now() };
      if (!alarm.periodInMinutes) alarms.delete(name);
      return Promise.all(onAlarm.emit(alarm));
    },
    _reset() {
      alarms.clear();
    },
  };
}

/** Notifications by id, like the real API: creating with an existing id replaces it. */
function notificationsApi() {
  const shown = new Map<string, Record<string, unknown>>();
  const created: Record<string, unknown>[] = [];
  return {
    async create(id: string, options: Record<string, unknown>) {
      // Chrome refuses a notification without a loadable icon; so does this fake.
      if (!options.iconUrl) throw new Error('Unable to download all specified images.');
      shown.set(id, structuredClone(options));
      created.push(structuredClone(options));
      return id;
    },
    async clear(id: string) {
      return shown.delete(id);
    },
    async getAll() {
      return Object.fromEntries([...shown.keys()].map((id) => [id, true]));
    },
    onClicked: event(),
    onButtonClicked: event(),
    onClosed: event(),
    _shown: shown,
    /** Every create() since the last reset, replacements included. */
    _created: created,
    _reset() {
      shown.clear();
      created.length = 0;
    },
  };
}

function actionApi() {
  const state = { text: '', color: '' as unknown };
  return {
    async setBadgeText({ text }: { text: string }) {
      state.text = text;
    },
    async getBadgeText(_details: unknown = {}) {
      return state.text;
    },
    async setBadgeBackgroundColor({ color }: { color: unknown }) {
      state.color = color;
    },
    _state: state,
  };
}

function tabsApi() {
  const opened: string[] = [];
  /** Tabs that exist (tabs.get): the content script's tab of test/support/senders.ts, and any a test adds. */
  const existing = new Set<number>([7]);
  return {
    async get(id: number) {
      if (!existing.has(id)) throw new Error(`No tab with id: ${id}.`);
      return { id };
    },
    _existing: existing,
    async create({ url }: { url: string }) {
      opened.push(url);
      return { id: opened.length, url };
    },
    onRemoved: event(),
    _opened: opened,
  };
}

/**
 * scripting.executeScript as the background uses it for page reports: `files` loads the report
 * script (src/content/report) into this test's global, `func` runs there on this test's document.
 */
function scriptingApi() {
  const injected: string[] = [];
  return {
    async executeScript(options: { target: { tabId: number }; files?: string[]; func?: (...args: unknown[]) => unknown; args?: unknown[] }) {
      if (options.files) {
        injected.push(...options.files);
        const script = await import('../../src/content/report/index');
        (globalThis as Record<string, unknown>).appPasswordGuideReport = script;
        return [{ frameId: 0, result: undefined }];
      }
      return [{ frameId: 0, result: options.func?.(...(options.args ?? [])) }];
    },
    _injected: injected,
  };
}

export const fakeBrowser = {
  runtime: {
    id: 'test-extension-id',
    onMessage: event(),
    onStartup: event(),
    onInstalled: event(),
    sendMessage: async (_message: unknown): Promise<unknown> => undefined,
    getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
    getManifest: () => ({ version: '0.1.0' }),
  },
  storage: {
    local: storageArea('local'),
    sync: storageArea('sync'),
    session: storageArea('session'),
    managed: storageArea('managed'),
    onChanged,
  },
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => {
      const text = messages[key];
      if (text === undefined) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return text.replace(/\$(\d)/g, (_m, n) => list[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en-US',
  },
  alarms: alarmsApi(),
  notifications: notificationsApi(),
  action: actionApi(),
  tabs: tabsApi(),
  scripting: scriptingApi(),
  _messages: messages,
};

/** Empties every area and API between tests; listeners stay, as they would in a running worker. */
export async function resetFakeBrowser(): Promise<void> {
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync]) await area.clear();
  fakeBrowser.storage.managed._replace({});
  fakeBrowser.alarms._reset();
  fakeBrowser.notifications._reset();
  fakeBrowser.action._state.text = '';
  fakeBrowser.tabs._opened.length = 0;
  fakeBrowser.scripting._injected.length = 0;
}

export default fakeBrowser;
