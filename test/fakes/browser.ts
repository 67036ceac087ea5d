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
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
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

export const fakeBrowser = {
  runtime: {
    id: 'test-extension-id',
    onMessage: event(),
    sendMessage: async (_message: unknown): Promise<unknown> => undefined,
    getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
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
  _messages: messages,
};

export default fakeBrowser;
