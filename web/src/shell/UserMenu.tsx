import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { useMe, useSession } from '../session/session.tsx';
import { Link } from './router.tsx';

/** A disclosure: the button shows who is logged in; the panel holds their details and Log out. */
export function UserMenu() {
  const { t, roleLabel } = useLanguage();
  const { user } = useMe();
  const { logout } = useSession();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('user.menu', { name: user.name })}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="avatar">
          {initials(user.name)}
        </span>
        <span className="user-menu-name">{user.name}</span>
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">
          <strong>{user.name}</strong>
          <br />
          <span className="muted">{user.email}</span>
          <br />
          <span className="muted">{roleLabel(user.role)}</span>
        </p>
        <Link to="/account" className="user-menu-link" onClick={() => setOpen(false)}>
          {t('account.link')}
        </Link>
        <button type="button" className="button secondary" onClick={() => void logout()}>
          {t('user.logout')}
        </button>
      </div>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
