/**
 * What we know of Microsoft's side, in one place: the hosts the guide runs on and the limits
 * Microsoft applies. The manifest's match patterns list the same three hosts (a unit test keeps
 * them in step).
 */
export const MYSIGNINS_HOST = 'mysignins.microsoft.com';
export const MYACCOUNT_HOST = 'myaccount.microsoft.com';
export const LEGACY_HOST = 'account.activedirectory.windowsazure.com';
export const SUPPORTED_HOSTS = [MYSIGNINS_HOST, MYACCOUNT_HOST, LEGACY_HOST] as const;

export const SECURITY_INFO_URL = `https://${MYSIGNINS_HOST}/security-info`;

/** App passwords Microsoft allows per user. */
export const APP_PASSWORD_LIMIT = 40;
