// The demo walk `npm start` takes through the replica of Microsoft's pages, as a user would:
// each entry is one screen; `act` does what the user does to get there (clicking Microsoft's controls,
// never ours), and a screenshot is taken once the guide shows the expected step.
const SI = 'https://mysignins.microsoft.com/security-info';
const click = (r) => (page) => page.locator(`[data-r="${r}"]`).click();

export const START_URL = 'https://myaccount.microsoft.com/';

export const WALK = [
  { label: 'my-account', expect: 'myaccount', act: (page) => page.goto(START_URL) },
  { label: 'security-info', expect: 'security-info', act: click('update-info') },
  { label: 'add-sign-in-method', expect: 'choose-method', act: click('add') },
  { label: 'show-more-options', expect: 'choose-method', act: click('show-more') },
  { label: 'name', expect: 'name', act: click('option-app-password') },
  { label: 'name-typed', expect: 'name', act: (page) => page.locator('[data-r="name"]').fill('Outlook on laptop 2') },
  { label: 'password-shown', expect: 'copy-password', act: click('next') },
  { label: 'created', expect: 'created', act: click('done') },
  { label: 'delete-confirm', expect: 'confirm-delete', act: click('delete-Outlook on laptop 2') },
  { label: 'deleted', expect: 'deleted', act: click('confirm-yes') },
  { label: 'admin-disabled', expect: 'method-unavailable', act: async (page) => {
    await page.goto(`${SI}?admin=off`);
    await click('add')(page);
    await page.locator('[data-r="show-more"]').click();
  } },
  { label: 'legacy-app-passwords', expect: 'legacy-app-passwords', act: (page) => page.goto('https://account.activedirectory.windowsazure.com/AppPasswords.aspx') },
  { label: 'other-page', expect: 'other-page', act: (page) => page.goto('https://mysignins.microsoft.com/') },
  { label: 'loading', expect: 'loading', act: (page) => page.goto(`${SI}?loading=hold`) },
  { label: 'unfamiliar', expect: 'unfamiliar', act: (page) => page.goto(`${SI}?loading=0&page=maintenance`) },
];
