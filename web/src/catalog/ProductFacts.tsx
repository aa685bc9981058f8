import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Section } from '../ui/Section.tsx';
import type { PackageComponent, Prerequisite, Product } from './types.ts';

/** The description and programme as the provider wrote them; blank lines separate paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p key={p} className="prewrap">
            {p}
          </p>
        ))}
    </>
  );
}

/** What the product is: description, programme, exam form, package parts and prerequisites. */
export function ProductFacts({
  product,
  components,
  prerequisites,
}: {
  product: Product;
  components: PackageComponent[];
  prerequisites: Prerequisite[];
}) {
  const { t, language, locale } = useLanguage();
  const typeLabel = (type: string) => PRODUCT_TYPE_LABELS[language][type] ?? type;
  return (
    <>
      {product.description ? (
        <Section title={t('product.description')}>
          <Paragraphs text={product.description} />
          {product.type === 'exam' && product.examDelivery ? (
            <p>
              {t(`product.exam.${product.examDelivery}`)}
              {product.examFormat ? `, ${t(`product.exam.${product.examFormat}`)}` : ''}
            </p>
          ) : null}
          {product.reschedulesAsCancellation ? (
            <p className="muted">{t('product.rescheduleAsCancellation')}</p>
          ) : null}
        </Section>
      ) : null}
      {product.programme ? (
        <Section title={t('product.programme')}>
          <Paragraphs text={product.programme} />
        </Section>
      ) : null}
      {components.length > 0 ? (
        <Section title={t('product.components')}>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('product.component')}</th>
                  <th scope="col">{t('catalogPage.type')}</th>
                  <th scope="col" className="numeric">
                    {t('catalogPage.price')}
                  </th>
                  <th scope="col">{t('product.vat')}</th>
                </tr>
              </thead>
              <tbody>
                {components.map((c) => (
                  <tr key={c.componentId}>
                    <td>
                      <Link to={`/catalog/${c.componentId}`}>{c.name}</Link>
                    </td>
                    <td>{typeLabel(c.type)}</td>
                    <td className="numeric">{formatEuros(c.priceCents, locale)}</td>
                    <td>{t(`vat.${c.vatCode}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      ) : null}
      <Section title={t('product.prerequisites')}>
        {prerequisites.length === 0 ? (
          <p className="muted">{t('product.noPrerequisites')}</p>
        ) : (
          <ul>
            {prerequisites.map((p) => (
              <li key={p.requiredProductId}>
                <PrerequisiteText prerequisite={p} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function PrerequisiteText({ prerequisite }: { prerequisite: Prerequisite }) {
  const { t } = useLanguage();
  const label = t(`product.prerequisite.${prerequisite.requirement}`, { name: '\u0000' });
  const [before, after] = label.split('\u0000');
  return (
    <>
      {before}
      <Link to={`/catalog/${prerequisite.requiredProductId}`}>{prerequisite.name}</Link>
      {after}
    </>
  );
}
