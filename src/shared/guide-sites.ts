import { LEGACY_HOST, MYACCOUNT_HOST, MYSIGNINS_HOST } from './microsoft';

/**
 * The sites the guide runs on, as the manifest's content-script matches list them (a build test
 * keeps the two equal). The popup lets the user switch the guide off on each one.
 */
export const GUIDE_SITES = [
  { host: MYSIGNINS_HOST, label: 'popupGuideSiteSecurityInfo' },
  { host: MYACCOUNT_HOST, label: 'popupGuideSiteMyAccount' },
  { host: LEGACY_HOST, label: 'popupGuideSiteLegacy' },
] as const;
