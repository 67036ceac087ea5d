/** Step ids are a contract with the acceptance tests outside this project: never rename one. */
export const STEP_IDS = [
  'myaccount',
  'security-info',
  'choose-method',
  'method-unavailable',
  'name',
  'copy-password',
  'created',
  'confirm-delete',
  'deleted',
  'limit-reached',
  'reauth',
  'legacy-verification',
  'legacy-app-passwords',
  'legacy-name',
  'legacy-copy-password',
  'legacy-confirm-delete',
  'unfamiliar',
  'loading',
  'other-page',
] as const;

export type StepId = (typeof STEP_IDS)[number];
