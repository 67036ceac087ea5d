import browser from 'webextension-polyfill';
import { GUIDE_TASK_TTL_MS, type GuideTask, type GuideTaskInput } from '../../shared/messages/guide';

const KEY = 'guideTask';

/** storage.session: survives worker restarts, is gone when the browser closes, never synced. */
export async function setGuideTask(input: GuideTaskInput, now = Date.now()): Promise<GuideTask> {
  const task: GuideTask = { ...input, setAt: now };
  await browser.storage.session.set({ [KEY]: task });
  return task;
}

export async function getGuideTask(now = Date.now()): Promise<GuideTask | null> {
  const task = (await browser.storage.session.get(KEY))[KEY] as GuideTask | undefined;
  if (!task || typeof task.setAt !== 'number' || now - task.setAt > GUIDE_TASK_TTL_MS) return null;
  return task;
}

export async function clearGuideTask(): Promise<void> {
  await browser.storage.session.remove(KEY);
}
