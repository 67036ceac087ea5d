import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { locales } from './scripts/vite-plugin-locales.ts';
import { contentScriptIife } from './scripts/vite-plugin-content-iife.ts';

/**
 * package.json is the one place the version is set (`npm version minor`, see CHANGELOG.md); every
 * build and every store package takes it from there.
 */
const baseManifest = { ...sourceManifest, version: pkg.version };

/** Firefox's add-on id; also where AMO and policies.json find the extension. */
export const GECKO_ID = 'app-password-guide@extensions.example.org';

/**
 * crxjs cannot emit one manifest that both Chrome and Firefox accept (Chrome mode drops
 * background.scripts), so `npm run build` runs this config twice: `--mode chrome` and `--mode firefox`.
 */
function firefoxManifest() {
  const { key: _key, background: _background, minimum_chrome_version: _min, storage: _storage, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

function withoutContentScripts<T extends { content_scripts?: unknown }>(manifest: T): Omit<T, 'content_scripts'> {
  const { content_scripts: _scripts, ...rest } = manifest;
  return rest;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Microsoft's page is not ours: keep what we inject readable for store reviewers, small for users.
      minify: true,
      sourcemap: false,
      // Extension pages load their modules from the package itself; Vite's preload polyfill would
      // be the only network API call in what we ship.
      modulePreload: { polyfill: false },
    },
    plugins: [
      locales(),
      // The content script is one classic file with no chunks and no web-accessible resources:
      // crx builds everything else; contentScriptIife builds it and lists it in the manifest.
      crx({ manifest: withoutContentScripts(browser === 'firefox' ? firefoxManifest() : baseManifest) as never, browser }),
      contentScriptIife(baseManifest.content_scripts, { 'src/content/report/index.ts': 'appPasswordGuideReport' }),
    ],
  };
});
