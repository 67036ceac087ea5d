import { ext } from '../shared/ext';

/** tabs.create needs no "tabs" permission; that permission is only for reading other tabs' URLs. */
export async function openTab(url: string): Promise<void> {
  await ext().tabs.create({ url });
}
