// The demo walk `npm start` takes through the replica of Microsoft's pages, as a user would:
// each entry is one screen; `act` does what the user does to get there (clicking Microsoft's controls,
// never ours), and a screenshot is taken once the guide shows the expected step.
export const ROUTES = {
  'https://myaccount.microsoft.com/': 'myaccount.html',
  'https://mysignins.microsoft.com/security-info': 'security-info-basic.html',
};

export const WALK = [
  { label: 'my-account', expect: 'myaccount', act: (page) => page.goto('https://myaccount.microsoft.com/') },
  {
    label: 'security-info',
    expect: 'security-info',
    act: (page) => page.goto('https://mysignins.microsoft.com/security-info'),
  },
];

export const START_URL = 'https://myaccount.microsoft.com/';
