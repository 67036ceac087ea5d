// policy-templates/README.md: what each file is for and which settings exist, so an admin who opens
// the folder without the admin guide still knows what to do with it.
import { PLACEHOLDERS } from './schema.mjs';

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

export function readme(settings, files) {
  const typeOf = (s) =>
    ({ integer: `whole number${s.minimum !== undefined ? ` ${s.minimum}–${s.maximum}` : ''}`, boolean: 'true / false', string: 'text', json: 'object (JSON text in the registry and ADMX)' })[s.kind];
  return `# Policy templates

Generated from \`public/managed_schema.json\` by \`npm run policy-templates\` — do not edit by hand; a
unit test fails when these files and the schema disagree. How to use them: \`docs/admin-guide.md\`.

The Chrome Web Store and Edge Add-ons give the extension different ids, known once it is published.
These files say \`${PLACEHOLDERS.chromeId}\`, \`${PLACEHOLDERS.edgeId}\` and \`${PLACEHOLDERS.amoSlug}\` where
those go. Replace them, or generate a copy with your values:

\`\`\`sh
npm run policy-templates -- --chrome-id <32 letters> --edge-id <32 letters> --amo-slug <slug> --out my-templates
\`\`\`

## Settings

| Setting | Type | Example | Meaning |
|---|---|---|---|
${settings.map((s) => `| \`${s.name}\` | ${typeOf(s)} | \`${cell(JSON.stringify(s.example))}\` | ${cell(s.description)} |`).join('\n')}

## Files

${files.map(([path, what]) => `- \`${path}\` — ${what}`).join('\n')}
`;
}
