import type { Browser, Page } from 'puppeteer-core';

export declare const FIREFOX_PATH: string;
export declare const GECKO_ID: string;
export declare const EXTENSION_UUID: string;
export declare const POPUP_URL: string;
export declare function launchFirefox(options: { dist: string; headless?: boolean; downloadDir?: string; prefs?: Record<string, unknown> }): Promise<{ browser: Browser; output: string[] }>;
export declare function serveReplicaIn(page: Page): Promise<void>;
export declare function openExtensionPage(browser: Browser, url?: string, timeout?: number): Promise<Page>;
