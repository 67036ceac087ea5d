/**
 * What the popup loads after its first frame (see lazy.ts): everything the inventory's first screen
 * does not draw. Loaded on first use, and preloaded by App.tsx once the first frame is painted.
 */
import { lazy } from './lazy';

export const SettingsView = lazy(() => import('./components/SettingsView').then((m) => m.SettingsView));
export const AddRecordForm = lazy(() => import('./components/AddRecordForm').then((m) => m.AddRecordForm));
export const EditRecordForm = lazy(() => import('./components/EditRecordForm').then((m) => m.EditRecordForm));

export function preloadParts(): void {
  for (const part of [SettingsView, AddRecordForm, EditRecordForm]) part.preload().catch(() => {});
}
