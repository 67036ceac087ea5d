/** What the Security info list steps share: the list itself and its controls. */
import type { StepId } from '../../shared/steps';
import { controlLabel, isPrimary } from './dom';
import { anyMatch, atLeast, onSecurityInfo } from './signals';
import type { View } from './view';

/** The steps that show the list with no dialog over it. */
export const LIST_STEPS: readonly StepId[] = ['security-info', 'created', 'deleted', 'limit-reached'];

export function addMethodControl(v: View): Element | undefined {
  return v.controls.find((c) => v.is(controlLabel(c), 'addMethod') || v.is(c.getAttribute('name'), 'addMethod'));
}

/** The Security info list with no dialog over it. */
export function onList(v: View): boolean {
  if (!onSecurityInfo(v, true) || v.dialog) return false;
  return atLeast(2, [anyMatch(v, v.headings, 'securityInfo'), !!addMethodControl(v), v.methodRowCount > 0]);
}

/** The first control found for the concepts, in order, else the dialog's primary button. */
export function primaryOr(v: View, ...concepts: Parameters<View['is']>[1][]): Element | null {
  for (const concept of concepts) {
    const found = v.control(concept);
    if (found) return found;
  }
  return v.controls.find(isPrimary) ?? null;
}
