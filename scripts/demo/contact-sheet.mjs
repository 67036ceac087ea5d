// One HTML page with every screenshot `npm start` took, so a reviewer sees the whole product at
// once: the guide on Microsoft's page step by step, then the popup in each of its states.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * sections: [{ title, note, shots: [{ file, title, ok? }] , width }]; images are linked by file name,
 * so the page and its screenshots stay together in `folder`. Returns the page's path.
 */
export function writeContactSheet(folder, sections, { generatedAt = new Date() } = {}) {
  const figure = (shot, width) => `
      <figure class="${shot.ok === false ? 'failed' : ''}">
        <a href="${escape(basename(shot.file))}"><img src="${escape(basename(shot.file))}" width="${width}" alt="${escape(shot.title)}" loading="lazy"></a>
        <figcaption>${shot.ok === false ? '✖ ' : ''}${escape(shot.title)}</figcaption>
      </figure>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>App Password Guide — contact sheet</title>
<style>
  :root { color-scheme: light dark; font: 14px/1.45 system-ui, sans-serif; }
  body { margin: 0; padding: 24px 32px 48px; background: light-dark(#eef0f3, #15171a); color: light-dark(#1a1c20, #e9eaee); }
  h1 { font-size: 20px; margin: 0 0 4px; }
  h2 { font-size: 16px; margin: 32px 0 4px; }
  p { margin: 0 0 12px; color: light-dark(#5c6370, #a4aab5); }
  .grid { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
  figure { margin: 0; }
  img { display: block; height: auto; border-radius: 8px; box-shadow: 0 2px 12px rgb(0 0 0 / 0.18); background: #fff; }
  figcaption { margin-top: 6px; font-size: 13px; max-width: 380px; }
  .failed figcaption { color: #b3261e; font-weight: 600; }
</style>
</head>
<body>
<h1>App Password Guide — every screen</h1>
<p>Taken by <code>npm start</code> on ${escape(generatedAt.toISOString())}. Click a picture for its full size.</p>
${sections
  .map(
    (section) => `<section>
  <h2>${escape(section.title)}</h2>
  ${section.note ? `<p>${escape(section.note)}</p>` : ''}
  <div class="grid">${section.shots.map((shot) => figure(shot, section.width)).join('')}
  </div>
</section>`,
  )
  .join('\n')}
</body>
</html>
`;
  const path = join(folder, 'index.html');
  writeFileSync(path, html);
  return path;
}
