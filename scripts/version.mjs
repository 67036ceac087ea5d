// Chrome, Edge and Firefox accept a manifest version of one to four dot-separated integers, each at
// most 65535 and without leading zeros; npm's prerelease forms ("1.2.0-beta.1") are refused by all three.
export function isBrowserVersion(version) {
  return (
    typeof version === 'string' &&
    /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(version) &&
    version.split('.').every((part) => Number(part) <= 65535)
  );
}
