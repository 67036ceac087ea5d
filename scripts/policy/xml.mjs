// Escaping for the XML templates (ADMX, ADML, plist): schema titles and descriptions are free text.
export const xml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
