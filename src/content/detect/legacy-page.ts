/** What the legacy steps share (account.activedirectory.windowsazure.com: Proofup.aspx, AppPasswords.aspx). */
import { controlLabel } from './dom';
import type { View } from './view';

/** The page's path ends with this file name (Proofup.aspx, AppPasswords.aspx). */
export const onPage = (v: View, name: string) => v.url.pathname.toLowerCase().endsWith(`/${name.toLowerCase()}`);

function pageControl(v: View, test: (c: Element) => boolean): Element | undefined {
  return v.pageControls.find(test);
}

/** The "App passwords" tab at the top of Proofup.aspx (missing when the admin has not allowed them). */
export function appPasswordsLink(v: View): Element | undefined {
  return (
    pageControl(v, (c) => /apppasswords\.aspx/i.test(c.getAttribute('href') ?? '')) ??
    pageControl(v, (c) => v.is(controlLabel(c), 'legacyAppPasswords'))
  );
}

export const createControl = (v: View) => pageControl(v, (c) => v.is(controlLabel(c), 'create'));
