import { LANGUAGES } from '../i18n/dictionary.ts';
import { useLanguage } from '../i18n/language.tsx';

/** Two toggle buttons, each named in its own language so either reader can find theirs. */
export function LanguageSwitch() {
  const { language, chooseLanguage, t } = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('app.language')}</legend>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          className="toggle"
          onClick={() => chooseLanguage(code)}
        >
          {t(code === 'nl' ? 'app.language.nl' : 'app.language.en')}
        </button>
      ))}
    </fieldset>
  );
}
