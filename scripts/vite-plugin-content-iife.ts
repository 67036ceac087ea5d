import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Plugin, type ResolvedConfig, build } from 'vite';

interface ContentScript {
  js: string[];
  matches: string[];
  run_at?: string;
  [key: string]: unknown;
}

/**
 * Builds the content script as one classic (IIFE) file and lists it in the built manifest.
 *
 * @crxjs/vite-plugin's `standaloneFiles` did the same, but passes Rollup's `inlineDynamicImports`
 * to a Vite 8 library build, where Rolldown ignores it (IIFE has no code splitting) and prints a
 * warning on every build. This is that build without the stale option: the manifest given to crx
 * has no content_scripts, and this plugin puts them back, pointing at the file it emits.
 */
/**
 * `onDemand`: scripts built the same way but not listed in the manifest; the background injects them
 * with scripting.executeScript when needed (the page report's script), each leaving its exports in
 * the isolated world under its own global name.
 */
export function contentScriptIife(scripts: ContentScript[], onDemand: Record<string, string> = {}): Plugin {
  let config: ResolvedConfig;
  const entries = [...new Set(scripts.flatMap((script) => script.js)), ...Object.keys(onDemand)];
  const outputName = (entry: string) => entry.replace(/\.[cm]?[jt]sx?$/, '.js');
  return {
    name: 'app-password-guide:content-iife',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const entry of entries) {
        const fileName = outputName(entry);
        const result = await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          define: config.define,
          resolve: { alias: config.resolve.alias, conditions: config.resolve.conditions },
          build: {
            write: false,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: config.build.minify,
            target: config.build.target,
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: onDemand[entry] ?? 'appPasswordGuide', fileName: () => fileName },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunk = outputs.find((item) => item.type === 'chunk' && item.isEntry);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`content-iife: no bundle for ${entry}`);
        if (outputs.length > 1) throw new Error(`content-iife: ${entry} must build to one file, got ${outputs.map((o) => o.fileName).join(', ')}`);
        this.emitFile({ type: 'asset', fileName, source: chunk.code });
      }
    },
    // crx writes manifest.json from its last plugin (it moves itself to the end), so the scripts
    // are added to the file it wrote rather than to the bundle.
    writeBundle(options) {
      const path = join(options.dir ?? config.build.outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.content_scripts = scripts.map(({ js, ...rest }) => ({ js: js.map(outputName), ...rest }));
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
