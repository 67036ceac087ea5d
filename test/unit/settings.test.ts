import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, sanitisePolicy, sanitiseSettings } from '../../src/shared/settings';

describe('sanitisePolicy', () => {
  it('keeps valid values', () => {
    expect(
      sanitisePolicy({
        reviewIntervalDays: 30,
        remindersEnabled: false,
        organisationName: ' Contoso IT ',
        helpDeskUrl: 'https://help.contoso.com/app-passwords',
        extraLabels: { addMethod: ['Lägg till metod'] },
      }),
    ).toEqual({
      reviewIntervalDays: 30,
      remindersEnabled: false,
      organisationName: 'Contoso IT',
      helpDeskUrl: 'https://help.contoso.com/app-passwords',
      extraLabels: { addMethod: ['Lägg till metod'] },
    });
  });

  it('drops wrong types and out-of-range values with a warning each', () => {
    const warn = vi.fn();
    const policy = sanitisePolicy(
      { reviewIntervalDays: 3, remindersEnabled: 'yes', helpDeskUrl: 'javascript:alert(1)', extraLabels: 'next' },
      warn,
    );
    expect(policy).toEqual({});
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('treats anything but an object as no policy', () => {
    expect(sanitisePolicy(undefined)).toEqual({});
    expect(sanitisePolicy([1, 2])).toEqual({});
  });
});

describe('settings resolution', () => {
  it('falls back to defaults for unreadable stored settings', () => {
    expect(sanitiseSettings({ reviewIntervalDays: 'ninety', guideEnabled: 0 })).toEqual(DEFAULT_SETTINGS);
  });

  it('lets policy win and locks what it sets', () => {
    const { settings, locked } = resolveSettings({ ...DEFAULT_SETTINGS, reviewIntervalDays: 180 }, { reviewIntervalDays: 30 });
    expect(settings.reviewIntervalDays).toBe(30);
    expect(locked).toEqual(['reviewIntervalDays']);
  });

  it('locks every user setting but the panel state when users may not change settings', () => {
    const { locked } = resolveSettings(DEFAULT_SETTINGS, { allowUserSettings: false });
    expect(locked).toContain('remindersEnabled');
    expect(locked).not.toContain('panelCollapsed');
  });
});
