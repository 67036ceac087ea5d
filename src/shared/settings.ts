/**
 * User settings (storage.local) and IT policy (storage.managed). Policy wins; defaults live here.
 * Pure functions only, so both the background and the popup resolve settings the same way.
 */
import { isPlainObject } from './plain-object';

export interface Settings {
  reviewIntervalDays: number;
  remindersEnabled: boolean;
  guideEnabled: boolean;
  /** Hosts on which the user switched the guide off. */
  guideDisabledHosts: string[];
  /** Epoch ms until which reminders are snoozed; 0 when not snoozed. */
  snoozedUntil: number;
  /** Whether the panel is collapsed on Microsoft's page. */
  panelCollapsed: boolean;
}

export interface Policy {
  reviewIntervalDays?: number;
  remindersEnabled?: boolean;
  guideEnabled?: boolean;
  organisationName?: string;
  helpDeskUrl?: string;
  helpDeskText?: string;
  extraLabels?: Record<string, string[]>;
  allowUserSettings?: boolean;
  /** false: no page reports (the panel's control hidden, none kept automatically). */
  pageReports?: boolean;
}

/** How long a snooze lasts, from the notification's Snooze button or the popup's. */
export const SNOOZE_DAYS = 7;

export const DEFAULT_SETTINGS: Settings = {
  reviewIntervalDays: 90,
  remindersEnabled: true,
  guideEnabled: true,
  guideDisabledHosts: [],
  snoozedUntil: 0,
  panelCollapsed: false,
};

export const REVIEW_INTERVAL_RANGE = { min: 7, max: 730 } as const;

/** Settings that IT can set through policy, and so can lock in the popup. */
const POLICY_SETTING_KEYS = ['reviewIntervalDays', 'remindersEnabled', 'guideEnabled'] as const;

type Warn = (message: string) => void;

const isIntervalDays = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= REVIEW_INTERVAL_RANGE.min && v <= REVIEW_INTERVAL_RANGE.max;

function cleanText(value: unknown, max: number, key: string, warn: Warn): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    warn(`Policy ${key} ignored: expected text of 1 to ${max} characters.`);
    return undefined;
  }
  return value.trim();
}

function cleanUrl(value: unknown, warn: Warn): string | undefined {
  const text = cleanText(value, 2048, 'helpDeskUrl', warn);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'mailto:') return url.href;
  } catch {
    // falls through to the warning
  }
  warn('Policy helpDeskUrl ignored: only https: and mailto: links are allowed.');
  return undefined;
}

function cleanLabels(value: unknown, warn: Warn): Record<string, string[]> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    warn('Policy extraLabels ignored: expected an object of text lists.');
    return undefined;
  }
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(value)) {
    if (!/^[a-zA-Z][a-zA-Z0-9-]{0,40}$/.test(key) || !Array.isArray(list)) {
      warn(`Policy extraLabels.${key.slice(0, 40)} ignored: expected a list of texts.`);
      continue;
    }
    const texts = list.filter((x): x is string => typeof x === 'string' && x.trim() !== '' && x.length <= 200);
    if (texts.length !== list.length) warn(`Policy extraLabels.${key}: some entries were not short texts and were ignored.`);
    if (texts.length) out[key] = texts.slice(0, 50).map((x) => x.trim());
  }
  return out;
}

/** Turns whatever storage.managed returned into a Policy; wrong types and out-of-range values are dropped with a warning. */
export function sanitisePolicy(raw: unknown, warn: Warn = () => {}): Policy {
  if (!isPlainObject(raw)) return {};
  const policy: Policy = {};
  if (raw.reviewIntervalDays !== undefined) {
    if (isIntervalDays(raw.reviewIntervalDays)) policy.reviewIntervalDays = raw.reviewIntervalDays;
    else
      warn(
        `Policy reviewIntervalDays ignored: expected a whole number from ${REVIEW_INTERVAL_RANGE.min} to ${REVIEW_INTERVAL_RANGE.max}.`,
      );
  }
  for (const key of ['remindersEnabled', 'guideEnabled', 'allowUserSettings', 'pageReports'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'boolean') policy[key] = raw[key];
    else warn(`Policy ${key} ignored: expected true or false.`);
  }
  const organisationName = cleanText(raw.organisationName, 100, 'organisationName', warn);
  if (organisationName) policy.organisationName = organisationName;
  const helpDeskText = cleanText(raw.helpDeskText, 300, 'helpDeskText', warn);
  if (helpDeskText) policy.helpDeskText = helpDeskText;
  const helpDeskUrl = cleanUrl(raw.helpDeskUrl, warn);
  if (helpDeskUrl) policy.helpDeskUrl = helpDeskUrl;
  const extraLabels = cleanLabels(raw.extraLabels, warn);
  if (extraLabels) policy.extraLabels = extraLabels;
  return policy;
}

/** Turns whatever storage.local held into Settings; anything unreadable falls back to the default. */
export function sanitiseSettings(raw: unknown): Settings {
  const stored = isPlainObject(raw) ? raw : {};
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] =>
    valid(stored[key]) ? (stored[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  const isBool = (v: unknown) => typeof v === 'boolean';
  return {
    reviewIntervalDays: pick('reviewIntervalDays', isIntervalDays),
    remindersEnabled: pick('remindersEnabled', isBool),
    guideEnabled: pick('guideEnabled', isBool),
    guideDisabledHosts: pick(
      'guideDisabledHosts',
      (v) => Array.isArray(v) && v.length <= 10 && v.every((h) => typeof h === 'string' && h.length <= 253),
    ),
    snoozedUntil: pick('snoozedUntil', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0),
    panelCollapsed: pick('panelCollapsed', isBool),
  };
}

export interface EffectiveSettings {
  settings: Settings;
  policy: Policy;
  /** Setting keys that IT has fixed; the popup shows them as managed and locked. */
  locked: (keyof Settings)[];
}

export function resolveSettings(user: Settings, policy: Policy): EffectiveSettings {
  const settings = { ...user };
  const locked: (keyof Settings)[] = [];
  for (const key of POLICY_SETTING_KEYS) {
    if (policy[key] !== undefined) {
      (settings as Record<string, unknown>)[key] = policy[key];
      locked.push(key);
    }
  }
  if (policy.allowUserSettings === false) {
    for (const key of Object.keys(settings) as (keyof Settings)[]) {
      if (!locked.includes(key) && key !== 'panelCollapsed') locked.push(key);
    }
  }
  return { settings, policy, locked };
}
