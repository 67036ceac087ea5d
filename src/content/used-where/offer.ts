/**
 * "Where will you use it?": after a guided creation, back on the list, the panel offers one field,
 * prefilled with the name the user typed, and saves the answer as the record's usedWhere. The record
 * is named by the flow id this page's own capture gave it, never by anything read from the page.
 *
 * The field is ours, in our shadow root, and holds the user's own text: text shaped like an app
 * password is refused here (and again by the background's schema). Focus is never moved: the user
 * Tabs into the panel, Enter saves. Keys typed here stay here, so none of Microsoft's shortcuts fires
 * on them. Once saved or dismissed it never comes back for that record: a flow id is used once.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import { t } from '../../shared/i18n';
import { MAX_NAME_LENGTH } from '../../shared/record';
import { send } from '../../shared/send';
import type { StepId } from '../../shared/steps';
import type { Creation } from '../capture/report';
import { roleOf } from '../detect/registry';
import { guard } from '../guard';

const STYLE = `.uw{margin-top:8px;padding-top:8px;border-top:1px solid color-mix(in srgb,CanvasText 20%,transparent)}
.uw label{display:block;font-weight:600}.uw p{margin:2px 0 6px;font-size:13px}.uw p:empty{margin:0}.uw div{display:flex;flex-wrap:wrap;gap:6px}
.uw input{box-sizing:border-box;width:100%;margin-bottom:6px;font:inherit;padding:2px 6px;border:1px solid;border-radius:4px;background:Field;color:FieldText}
.uw [aria-invalid=true]{border-color:#d13438}.uw button{padding:2px 10px}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * @param settled resolves once the creation has reached the background (its record exists)
 * @param changed the offer's size changed: the panel measures and places itself again
 */
export function createUsedWhereOffer(settled: () => Promise<void>, changed: () => void) {
  const input = el('input', { id: 'uw-i', maxLength: MAX_NAME_LENGTH, autocomplete: 'off' });
  input.setAttribute('aria-describedby', 'uw-h uw-s');
  const save = el('button', { type: 'submit' });
  const dismiss = el('button', { type: 'button', className: 'x' });
  const row = el('div');
  row.append(save, dismiss);
  const label = el('label', { htmlFor: 'uw-i' });
  const hint = el('p', { id: 'uw-h' });
  // Polite: what became of the answer is heard after what the user is doing.
  const status = el('p', { id: 'uw-s' });
  status.setAttribute('aria-live', 'polite');
  const form = el('form');
  const box = el('div', { className: 'uw' });
  box.append(el('style', { textContent: STYLE }), form);

  let current: Creation | null = null;
  let state: 'asking' | 'saving' | 'saved' | 'dismissed' = 'asking';

  const say = (key: string, invalid = false) => {
    status.textContent = key && t(key);
    input.setAttribute('aria-invalid', String(invalid));
  };
  const tell = (key: string, invalid = false) => {
    say(key, invalid);
    changed();
  };

  const stop = (e: Event) => e.stopPropagation();
  for (const type of ['keydown', 'keypress', 'keyup', 'input']) box.addEventListener(type, stop);

  form.addEventListener(
    'submit',
    guard(async (e: Event) => {
      e.preventDefault();
      const creation = current;
      const text = input.value.trim();
      if (!creation || state !== 'asking') return;
      if (!text) return tell('usedWhere_empty', true);
      if (looksLikeAppPassword(text)) return tell('usedWhere_refused', true);
      state = 'saving';
      await settled();
      const reply = await send('capture/used-where', { flowId: creation.flowId, usedWhere: text });
      // The flow moved on while saving: what is on screen now belongs to another record.
      if (current !== creation) return;
      state = reply.ok ? 'saved' : 'asking';
      // Saved: only the confirmation stays, in the same live region.
      if (reply.ok) form.replaceChildren(status);
      tell(reply.ok ? 'usedWhere_saved' : 'usedWhere_failed');
    }),
  );
  dismiss.addEventListener(
    'click',
    guard(() => {
      state = 'dismissed';
      box.remove();
      changed();
    }),
  );

  return {
    /**
     * Called on every look with the step and the creation this look reported (if any); answers the
     * offer to show, or null. It stays from the creation until another task begins.
     */
    update(step: StepId, created: Creation | undefined): HTMLElement | null {
      if (created) {
        current = created;
        state = 'asking';
        label.textContent = t('usedWhere_label');
        hint.textContent = t('usedWhere_hint');
        save.textContent = t('usedWhere_save');
        dismiss.textContent = t('usedWhere_dismiss');
        input.value = created.name;
        form.replaceChildren(label, hint, input, status, row);
        say('');
      }
      const role = roleOf(step).capture;
      // Naming, deleting or any other screen of a flow is another task: this creation's moment is over.
      if (role !== 'list' && role !== 'passing' && role !== 'showing-password') current = null;
      return current && role === 'list' && state !== 'dismissed' ? box : null;
    },
  };
}
