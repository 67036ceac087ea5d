/** Every replica scenario, walked in Firefox ESR with the Firefox build: the journeys of the Chromium tier. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SCENARIOS } from '../fixtures/replica/scenarios';
import { walkJourney } from '../browser/journey';
import { type FirefoxLaunched, launchFirefoxWithExtension } from './driver';

let firefox: FirefoxLaunched;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

describe('replica scenarios in Firefox', () => {
  // IT's extra labels need a policies.json: policy.test.ts walks those scenarios.
  it.each(SCENARIOS.filter((s) => !s.extraLabels).map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    await walkJourney(firefox.openTab, scenario);
  });
});
