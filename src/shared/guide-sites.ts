/**
 * The sites the guide runs on, as the manifest's content-script matches list them (a build test
 * keeps the two equal). The popup lets the user switch the guide off on each one.
 */
export const GUIDE_SITES = [
  { host: 'mysignins.microsoft.com', label: 'popupGuideSiteSecurityInfo' },
  { host: 'myaccount.microsoft.com', label: 'popupGuideSiteMyAccount' },
  { host: 'account.activedirectory.windowsazure.com', label: 'popupGuideSiteLegacy' },
] as const;
