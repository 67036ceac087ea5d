import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon';

interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

interface Props {
  /** The button's accessible name, e.g. `Actions for "Outlook on laptop"`. */
  label: string;
  items: MenuItem[];
  /** Lets the row send focus back here after an action that removed the focused control. */
  buttonRef?: { current: HTMLButtonElement | null };
}

/**
 * A row's actions behind one button, as the WAI-ARIA menu button pattern: Enter, Space or ↓ opens
 * on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes and returns focus to the
 * button; Tab or a click elsewhere closes. Opens upwards when there is no room below.
 */
export function RowMenu({ label, items, buttonRef }: Props) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [upwards, setUpwards] = useState(false);
  const ownButton = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? ownButton;
  const menu = useRef<HTMLUListElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const itemsNow = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  // A layout effect: the first item takes the focus in the same task as the menu appears, so a key
  // pressed right after opening already goes to the menu.
  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    const below = window.innerHeight - button.current.getBoundingClientRect().bottom;
    setUpwards(below < menu.current.offsetHeight + 8 && button.current.getBoundingClientRect().top > menu.current.offsetHeight + 8);
    const list = itemsNow();
    (open === 'last' ? list[list.length - 1] : list[0])?.focus();
    const away = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = itemsNow();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(list.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
    }
  };

  return (
    <div class="menu-wrap" ref={wrapper}>
      <button
        type="button"
        class="icon-button menu-button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-label={label}
        title={label}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(event) => {
          // Escape closes an open menu even before its first item has taken the focus.
          if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            close(true);
          }
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <Icon name="more" size={18} />
      </button>
      {open && (
        <ul class={`menu${upwards ? ' up' : ''}`} role="menu" aria-label={label} ref={menu} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li role="none" key={item.key}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                class={item.danger ? 'danger' : undefined}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
