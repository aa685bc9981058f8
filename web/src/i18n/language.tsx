import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setRequestLanguage } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { DICTIONARY, LANGUAGES, type LabelKey, type Language, ROLE_LABELS } from './dictionary.ts';

const STORAGE_KEY = 'klasse.language';

/** The language chosen earlier in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
  } catch {
    // Storage can be switched off; the app then starts in Dutch each time.
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See storedLanguage: without storage the choice lasts until the page is reloaded.
  }
}

export type Translate = (key: LabelKey, params?: Record<string, string | number>) => string;

export function translate(
  language: Language,
  key: LabelKey,
  params?: Record<string, string | number>,
): string {
  const text = DICTIONARY[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

interface LanguageValue {
  language: Language;
  /** A choice by the user: remembered in this browser. */
  chooseLanguage: (language: Language) => void;
  /** The account's own language, used only while the user has not chosen one in this browser. */
  adoptAccountLanguage: (language: Language) => void;
  t: Translate;
  roleLabel: (role: Role) => string;
  /** 'nl-NL' or 'en-GB', for Intl date and money formats. */
  locale: string;
}

const LanguageContext = createContext<LanguageValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => storedLanguage() ?? 'nl');

  // Screen readers pick their voice, and browsers their hyphenation, from <html lang>.
  useEffect(() => {
    document.documentElement.lang = language;
    setRequestLanguage(language);
  }, [language]);

  const chooseLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguage(next);
  }, []);
  const adoptAccountLanguage = useCallback((accountLanguage: Language) => {
    if (storedLanguage() === null) setLanguage(accountLanguage);
  }, []);

  const value = useMemo<LanguageValue>(
    () => ({
      language,
      chooseLanguage,
      adoptAccountLanguage,
      t: (key, params) => translate(language, key, params),
      roleLabel: (role) => ROLE_LABELS[language][role],
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    }),
    [language, chooseLanguage, adoptAccountLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside <LanguageProvider>.');
  return value;
}
