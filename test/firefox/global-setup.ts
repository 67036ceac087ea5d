import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync('bash', ['scripts/ensure-firefox.sh'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(`${root}dist/firefox/manifest.json`)) {
    throw new Error('The extension is not built: run `npm run build` first (npm test does it for you).');
  }
}
