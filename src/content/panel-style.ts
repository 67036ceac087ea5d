/** The panel's look: system colours so it follows the user's light or dark mode. */
export const PANEL_STYLE = `
:host { color-scheme: light dark; }
.outline { position: fixed; pointer-events: none; border: 3px solid #c239b3; border-radius: 6px; box-shadow: 0 0 0 3px rgb(194 57 179 / .25); }
.panel {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: 320px; max-height: calc(100vh - 16px); overflow: auto;
  font: 14px/1.45 system-ui, "Segoe UI", sans-serif; border-radius: 8px; padding: 10px 12px;
  background: Canvas; color: CanvasText; border: 2px solid #c239b3; box-shadow: 0 4px 16px rgb(0 0 0 / .25);
}
.panel.collapsed { width: auto; }
.bar { display: flex; align-items: center; gap: 8px; justify-content: space-between; }
.title { font-weight: 600; margin: 0; font-size: 13px; }
.toggle { font: inherit; min-width: 28px; border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: Canvas; color: CanvasText; border-radius: 4px; cursor: pointer; }
.toggle:focus-visible, a:focus-visible { outline: 2px solid #c239b3; outline-offset: 2px; }
.say { margin: 8px 0 4px; font-size: 15px; }
.notice { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #c239b3; }
ul, ol { margin: 4px 0 0; padding-left: 20px; }
li { margin: 2px 0; }
.collapsed .content { display: none; }
a { color: LinkText; }
@media (prefers-color-scheme: dark) { .panel, .outline { border-color: #e58fdb; } }
`;
