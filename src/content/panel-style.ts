/**
 * The panel's look: system colours so it follows the user's light or dark mode. "slim" is the
 * compact bar and the docked panel: the instruction only, beside the collapse button. Written
 * compact: every byte here counts against the content script's 15 KB budget. color-scheme is set
 * on our elements, not on :host, which the host's inline `all: initial !important` overrides.
 */
export const PANEL_STYLE = `
.outline,.panel{color-scheme:light dark}
.outline{position:fixed;pointer-events:none;border:3px solid #c239b3;border-radius:6px;box-shadow:0 0 0 3px #c239b340}
.panel{pointer-events:auto;position:fixed;box-sizing:border-box;overflow:auto;font:14px/1.45 system-ui,"Segoe UI",sans-serif;border-radius:8px;padding:10px 12px;background:Canvas;color:CanvasText;border:2px solid #c239b3;box-shadow:0 4px 16px #0004}
.bar{display:flex;align-items:center;gap:8px;justify-content:space-between}
.title{font-weight:600;margin:0;font-size:13px}
button{font:inherit;border:1px solid color-mix(in srgb,CanvasText 30%,transparent);background:Canvas;color:CanvasText;border-radius:4px;cursor:pointer}
.toggle{min-width:28px}
.steps{margin-top:6px;padding:2px 8px;font-size:13px}
button:focus-visible,a:focus-visible{outline:2px solid #c239b3;outline-offset:2px}
.say{margin:8px 0 4px;font-size:15px}
.notice,.reported{margin:4px 0;padding:4px 8px;border-left:3px solid #c239b3}
ul,ol{margin:4px 0 0;padding-left:20px}
li{margin:2px 0}
.collapsed .content,.slim ul,.slim:not(.collapsed) .title{display:none}
.slim:not(.collapsed) .bar{float:right;margin-left:8px}
.slim .say{margin:0}
a{color:LinkText}
.prominent{margin:6px 0 0 6px;padding:2px 8px;font-size:13px;font-weight:600}
.quiet{display:block;margin-top:6px;padding:0;border:0;background:none;color:LinkText;text-decoration:underline;font-size:12px}
.slim .quiet{display:none}
@media (prefers-color-scheme:dark){.panel,.outline{border-color:#e58fdb}}
`;
