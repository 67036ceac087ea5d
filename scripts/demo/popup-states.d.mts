import type { BrowserContext, Page } from 'playwright-core';

export interface DemoRecord {
  name: string;
  account?: string;
  days: number;
  reviewed?: number | null;
  usedWhere?: string;
  notes?: string;
  deleted?: number | null;
}
export declare const POPUP_SIZE: { width: number; height: number };
export declare const FEW: DemoRecord[];
export declare const STALE: DemoRecord[];
export declare const FORTY: DemoRecord[];
export declare function launchInLanguage(dist: string, lang: string, headless?: boolean): Promise<{ context: BrowserContext; extensionId: string }>;
export declare function setInventory(page: Page, records: DemoRecord[]): Promise<void>;
