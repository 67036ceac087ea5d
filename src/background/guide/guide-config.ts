import type { GuideConfig } from '../../shared/messages/guide';
import { type Policy, resolveSettings } from '../../shared/settings';
import { getGuideTask } from './guide-task-store';
import { currentPolicy } from '../settings/policy';
import { readUserSettings } from '../settings/settings-store';

/**
 * Chromium's first storage.managed read can take ~3 s. The guide does not wait that long: it starts
 * without policy and asks again once the read has had time to finish (GuideConfig.policyPending).
 */
const POLICY_WAIT_MS = 300;

async function policySoon(): Promise<Policy | null> {
  const timeout = new Promise<null>((done) => setTimeout(() => done(null), POLICY_WAIT_MS));
  return Promise.race([currentPolicy(), timeout]);
}

export async function guideConfig(host: string): Promise<GuideConfig> {
  const [user, policy, task] = await Promise.all([readUserSettings(), policySoon(), getGuideTask()]);
  const { settings } = resolveSettings(user, policy ?? {});
  return {
    enabled: settings.guideEnabled && !settings.guideDisabledHosts.includes(host),
    collapsed: settings.panelCollapsed,
    extraLabels: policy?.extraLabels ?? {},
    organisationName: policy?.organisationName,
    helpDeskUrl: policy?.helpDeskUrl,
    helpDeskText: policy?.helpDeskText,
    task,
    reports: policy?.pageReports !== false,
    policyPending: policy === null,
  };
}
