import type { TermsDocument } from '../clauses.ts';

/** Sparse B.V., Algemene voorwaarden (shared/terms/sparse-algemene-voorwaarden.txt). */
export const sparseAlgemeneVoorwaarden: TermsDocument = {
  id: 'sparse-algemene-voorwaarden',
  title: 'Algemene voorwaarden Sparse B.V.',
  source: 'shared/terms/sparse-algemene-voorwaarden.txt',
  articles: [
    {
      article: '2.1',
      title: 'Aanbiedingen',
      text: 'Aanbiedingen van de leverancier zijn vrijblijvend, tenzij schriftelijk anders vermeld.',
    },
    {
      article: '3.5',
      title: 'Prijsaanpassing',
      text: 'Leverancier mag prijzen en tarieven aanpassen volgens overeenkomst of met inachtneming van een termijn van drie maanden.',
    },
    {
      article: '3.6',
      title: 'Betaling',
      text: 'Betalingen volgens overeengekomen of gefactureerde voorwaarden. Opschorting of verrekening zijn niet toegestaan.',
    },
    {
      article: '3.7',
      title: 'Wettelijke handelsrente',
      text: 'Bij niet-tijdige betaling is wettelijke handelsrente verschuldigd en kunnen gerechtelijke en buitengerechtelijke kosten in rekening gebracht worden.',
    },
    {
      article: '4.1',
      title: 'Duur',
      text: 'Duurovereenkomsten gelden voor overeengekomen duur of een jaar bij gebreke daarvan.',
    },
    {
      article: '4.2',
      title: 'Verlenging',
      text: 'Stilzwijgende verlenging met maximaal een jaar, tenzij schriftelijk opgezegd met opzegtermijn van drie maanden.',
    },
    {
      article: '17.2',
      title: 'Overmacht',
      text: 'Bij overmacht langer dan 60 dagen mogen partijen schriftelijk ontbinden, zonder verdere verplichtingen.',
    },
    {
      article: '53.1',
      title: 'Vergoeding consultancy',
      text: 'Zonder betalingsschema zijn vergoedingen achteraf per kalendermaand verschuldigd.',
    },
    {
      article: '55.1',
      title: 'Duur detacheringsovereenkomst',
      text: 'Zonder afgesproken duur geldt onbepaalde duur met opzegtermijn van een kalendermaand na initiele looptijd. Opzegging dient schriftelijk te geschieden.',
    },
    { article: '59.1', title: 'Aanmelding', text: 'Aanmelding is bindend na bevestiging leverancier.' },
    {
      article: '59.2',
      title: 'Vervanging deelnemers',
      text: 'Klant is verantwoordelijk voor geschiktheid opleiding, vervanging deelnemers is mogelijk met toestemming.',
    },
    {
      article: '59.3',
      title: 'Annulering door leverancier',
      text: 'Leverancier mag opleiding annuleren, combineren, verplaatsen of wijzigen.',
    },
    {
      article: '59.4',
      title: 'Annulering door klant',
      text: 'Annulering klant gaat volgens gebruikelijke regels, de betaalverplichting blijft.',
      limits: { maxFeeBasisPoints: 10000 },
      textGaps: ['"gebruikelijke regels" are not in the document (reading terms-silent)'],
    },
    {
      article: '60.5',
      title: 'Certificaten',
      text: 'Vergoeding voor documentatie, materiaal en certificaten is niet inbegrepen.',
    },
    {
      article: '60.6',
      title: 'E-learning',
      text: "Bij E-learning is Hoofdstuk 3 'Software-as-a-Service (SaaS)' van toepassing.",
    },
    { article: '61.1', title: 'Betaling voorafgaand', text: 'Betaling geschiedt voorafgaand aan opleiding.' },
    {
      article: '15.3',
      title: 'Opzegging onbepaalde tijd',
      text: 'Duurovereenkomsten voor onbepaalde tijd kunnen schriftelijk worden opgezegd met redelijke termijn en zonder schadevergoeding.',
      textGaps: ['15.3 sets no fixed notice period ("redelijke termijn"): reading reasonable-notice'],
    },
    {
      article: '16.7',
      title: 'Melding en verval',
      text: 'Schadevergoeding vereist spoedige schriftelijke melding en vervalt na 24 maanden zonder rechtsvordering.',
      textGaps: ['16.7 does not say from when the 24 months run (reading sparse-complaints: from discovery)'],
    },
    {
      article: '40.1',
      title: 'Garantie',
      text: 'Leverancier zal zich naar beste vermogen inspannen fouten in de zin van artikel 3 binnen een redelijke termijn te herstellen indien deze binnen een periode van drie maanden na aflevering, of, indien een acceptatietest is overeengekomen, binnen drie maanden na acceptatie gedetailleerd omschreven schriftelijk bij leverancier zijn gemeld.',
    },
    {
      article: '1.2',
      title: 'Afwijkingen schriftelijk',
      text: 'Afwijkingen en aanvullingen op deze voorwaarden zijn alleen geldig indien schriftelijk overeengekomen.',
    },
    {
      article: '3.1',
      title: 'Prijzen',
      text: 'Prijzen zijn exclusief btw en heffingen, in euro’s. Klant betaalt in euro’s.',
    },
    {
      article: '60.4',
      title: 'Examen',
      text: 'Examen/toets is niet inbegrepen.',
    },
    {
      article: '8.4',
      title: 'Opschorting',
      text: 'Leverancier houdt gegevens, documenten, programmatuur en/of databestanden onder zich totdat klant alle verschuldigde bedragen heeft voldaan.',
    },
  ],
};
