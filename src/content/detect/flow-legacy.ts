/** The legacy pages on account.activedirectory.windowsazure.com (Proofup.aspx, AppPasswords.aspx). */
import { controlLabel, controls, headings, isPrimary } from './dom';
import { LEGACY, anyMatch, atLeast, previousWas, sameNameField } from './signals';
import type { Step } from './step';
import type { Task, View } from './view';

const onLegacy = (v: View) => v.url.host === LEGACY;
const page = (v: View, name: string) => v.url.pathname.toLowerCase().endsWith(`/${name.toLowerCase()}`);

function pageControl(v: View, test: (c: Element) => boolean): Element | undefined {
  return controls(v.doc).find((c) => !(v.dialog && v.dialog.contains(c)) && test(c));
}

function appPasswordsLink(v: View): Element | undefined {
  return (
    pageControl(v, (c) => /apppasswords\.aspx/i.test(c.getAttribute('href') ?? '')) ??
    pageControl(v, (c) => v.is(controlLabel(c), 'legacyAppPasswords'))
  );
}

function taskRowDelete(v: View, task: Task | null): Element | null {
  if (task?.kind !== 'delete') return null;
  return v.appPasswordRows.find((r) => r.name === task.name)?.deleteControl ?? null;
}

const yes = (v: View) => v.controls.find((c) => !v.is(controlLabel(c), 'cancel') && v.is(controlLabel(c), 'confirmDelete'));

const copyPassword = (v: View) =>
  onLegacy(v) &&
  !!v.dialog &&
  v.fields.length === 0 &&
  !v.control('cancel') &&
  !yes(v) &&
  // The title cannot decide: in Japanese "Your app password" and the "App passwords" dialog that
  // follows a deletion read the same. Only the copy button or coming from the name step can.
  (!!v.control('copyPassword') || previousWas(v, 'legacy-name', 'legacy-copy-password')) &&
  atLeast(2, [
    v.is(v.dialogTitle, 'yourAppPassword'),
    !!v.control('copyPassword'),
    !!v.control('close') || !!v.control('done'),
    previousWas(v, 'legacy-name', 'legacy-copy-password'),
  ]);

const naming = (v: View) =>
  onLegacy(v) &&
  !!v.dialog &&
  v.fields.length === 1 &&
  // The password page offers to copy it; the name page never does.
  !v.control('copyPassword') &&
  atLeast(2, [
    v.is(v.dialogTitle, 'create') || v.is(v.dialogTitle, 'appPassword'),
    anyMatch(v, v.labels, 'name'),
    !!v.control('next') || v.controls.some(isPrimary),
    previousWas(v, 'legacy-app-passwords') || sameNameField(v, 'legacy-name'),
  ]);

const confirming = (v: View) =>
  onLegacy(v) &&
  !!v.dialog &&
  v.fields.length === 0 &&
  !!v.control('cancel') &&
  !!yes(v) &&
  atLeast(1, [v.is(v.dialogTitle, 'delete') || anyMatch(v, v.headings, 'delete'), previousWas(v, 'legacy-app-passwords')]);

export const legacySteps: Step[] = [
  {
    id: 'legacy-copy-password',
    // Like the new page: title and buttons only, never the box that shows the password.
    recognise: copyPassword,
    target: (v) => v.control('close') ?? v.control('done') ?? null,
    message: () => ({ key: 'step_legacy_copy_password' }),
    facts: () => ['fact_shown_once', 'fact_paste_now'],
  },
  {
    id: 'legacy-name',
    recognise: naming,
    target: (v) => v.fields[0],
    message: () => ({ key: 'step_legacy_name' }),
    facts: () => ['fact_name_where'],
  },
  {
    id: 'legacy-confirm-delete',
    recognise: confirming,
    target: (v) => yes(v) ?? null,
    message: () => ({ key: 'step_legacy_confirm_delete' }),
    facts: () => ['fact_delete_final'],
  },
  {
    id: 'legacy-app-passwords',
    recognise: (v) =>
      onLegacy(v) &&
      !copyPassword(v) &&
      !naming(v) &&
      !confirming(v) &&
      atLeast(2, [
        page(v, 'AppPasswords.aspx'),
        anyMatch(v, headings(v.doc), 'legacyAppPasswords'),
        !!pageControl(v, (c) => v.is(controlLabel(c), 'create')),
        v.appPasswordRows.length > 0,
      ]),
    target: (v, task) => {
      if (v.dialog) return v.control('close') ?? v.controls.find(isPrimary) ?? null;
      return taskRowDelete(v, task) ?? (task?.kind === 'delete' ? null : pageControl(v, (c) => v.is(controlLabel(c), 'create')) ?? null);
    },
    message: (v, task) =>
      task?.kind === 'delete' && task.name
        ? { key: taskRowDelete(v, task) ? 'guide_delete_row' : 'guide_delete_row_missing', subs: [task.name] }
        : { key: 'step_legacy_app_passwords' },
    facts: (task) => (task?.kind === 'delete' ? ['fact_delete_final'] : ['fact_bypass_mfa']),
  },
  {
    id: 'legacy-verification',
    recognise: (v) =>
      onLegacy(v) &&
      !v.dialog &&
      atLeast(2, [
        page(v, 'Proofup.aspx'),
        anyMatch(v, headings(v.doc), 'legacyTitle'),
        !!appPasswordsLink(v),
        !!v.doc.querySelector('select'),
      ]),
    target: (v) => appPasswordsLink(v) ?? null,
    message: (v) => ({ key: appPasswordsLink(v) ? 'step_legacy_verification' : 'guide_legacy_no_tab' }),
    facts: (): string[] => [],
  },
];
