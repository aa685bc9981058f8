import type { TermsDocument } from '../clauses.ts';

/**
 * PlusPort B.V., Algemene Leveringsvoorwaarden, version January 2026, with the Learning Service
 * Provider module (shared/terms/plusport-algemene-leveringsvoorwaarden.txt).
 */
export const plusportAlgemeneLeveringsvoorwaarden: TermsDocument = {
  id: 'plusport-algemene-leveringsvoorwaarden',
  title: 'PlusPort B.V. Algemene Leveringsvoorwaarden (januari 2026)',
  source: 'shared/terms/plusport-algemene-leveringsvoorwaarden.txt',
  articles: [
    {
      article: '2.3',
      title: 'Wijziging Algemene Voorwaarden',
      text: 'PlusPort is gerechtigd gedurende de looptijd van de Overeenkomst deze Algemene Voorwaarden te wijzigen na voorafgaande schriftelijke kennisgeving aan Klant met inachtneming van een termijn van tenminste 3 maanden voor de inwerkingtreding. In het geval dat een wijziging een materiele verslechtering van de positie van Klant tot gevolg heeft, dan heeft Klant het recht om de Overeenkomst op te zeggen tegen de datum van inwerkingtreding van de gewijzigde Algemene Voorwaarden.',
    },
    {
      article: '8.4',
      title: 'Indexatie',
      text: 'PlusPort heeft het recht per 1 januari van elk kalenderjaar de tarieven jaarlijks te verhogen op grond van indexatie dan wel als gevolg van algemene prijzen- en kostenstijgingen. Tevens kan PlusPort de vergoedingen voor de Diensten tweemaal per jaar wijzigen na voorafgaande kennisgeving aan Klant van tenminste 3 maanden.',
    },
    {
      article: '8.5',
      title: 'Betalingstermijn en bezwaar',
      text: 'Bij gebreke van een specifieke regeling zal Klant binnen een termijn van 15 dagen na factuurdatum betalen. Indien Klant niet akkoord is met het op de factuur vermelde bedrag, dient Klant dit uiterlijk binnen 10 dagen na factuurdatum schriftelijk met onderbouwing aan PlusPort te melden. Na het verstrijken van voornoemde termijn wordt Klant geacht met de factuur te hebben ingestemd.',
    },
    {
      article: '8.6',
      title: 'Vooruitbetaling',
      text: 'Tenzij schriftelijk anders overeengekomen, zijn alle vergoedingen vooraf verschuldigd en niet terug betaalbaar.',
    },
    {
      article: '8.7',
      title: 'Wettelijke handelsrente',
      text: 'Indien Klant de verschuldigde bedragen niet binnen de overeengekomen termijn betaalt, zal Klant, direct en zonder dat hiervoor enige nadere ingebrekestelling is vereist, over het openstaande bedrag de wettelijke rente voor handelstransacties verschuldigd zijn. Indien de vordering uit handen wordt gegeven is Klant tevens gehouden tot betaling van de buitengerechtelijke kosten.',
    },
    {
      article: '11.2',
      title: 'Overmacht langer dan zestig dagen',
      text: 'Indien de overmachtssituatie langer dan zestig dagen duurt, hebben Partijen het recht om de Overeenkomst door middel van een aangetekend schrijven te beeindigen tenzij voorzienbaar is dat de overmacht situatie binnen redelijke termijn zal worden opgelost. Wat reeds als gevolg van de Overeenkomst is gepresteerd, wordt in dat geval naar verhouding afgerekend.',
    },
    {
      article: '13.1',
      title: 'Duur',
      text: 'De Overeenkomst wordt aangegaan voor de in de Overeenkomst gespecificeerde duur of, bij gebreke daarvan, voor een initiele duur van drie (3) jaar. Na afloop van de initiele periode wordt de Overeenkomst steeds stilzwijgend verlengd met een periode gelijk aan de initiele periode.',
    },
    {
      article: '13.2',
      title: 'Opzegging',
      text: 'Tenzij uitdrukkelijk schriftelijk anders overeengekomen, zijn Partijen uitsluitend gerechtigd de Overeenkomst schriftelijk op te zeggen tegen het einde van de overeengekomen duur van de Overeenkomst met inachtneming van een opzegtermijn van zes (6) maanden.',
    },
    {
      article: '18.4',
      title: 'Annulering trainingen Externe Opleiders',
      text: 'Externe Opleiders hebben het recht trainingen te annuleren indien het benodigde aantal deelnemers niet wordt gehaald. Door Klant reeds vooruit betaalde vergoedingen dienen in dat geval door de Externe Opleider te worden gerestitueerd. Klant en/of afzonderlijke Eindgebruikers hebben het recht trainingen te annuleren indien en onder de voorwaarden waaronder dat via de Software door de Externe Opleider is gecommuniceerd.',
    },
    {
      article: '19.2',
      title: 'Facturatieservice',
      text: 'Klant betaalt dit bedrag binnen 15 dagen na factuurdatum, tenzij anders overeengekomen. Klant is verplicht om richting de Externe Opleiders een betalingstermijn van 60 dagen te hanteren.',
    },
    {
      article: '10.4',
      title: 'Melding van schade',
      text: 'Voorwaarde voor het ontstaan van enig recht op schadevergoeding is steeds dat Klant de schade zo spoedig mogelijk na ontdekking (doch uiterlijk binnen een één (1) maand) schriftelijk bij PlusPort meldt.',
    },
    {
      article: '13.3',
      title: 'Geen tussentijdse opzegging',
      text: 'Tenzij uitdrukkelijk anders is bepaald in de Algemene Voorwaarden of overeengekomen in de Overeenkomst is het Partijen niet toegestaan de Overeenkomst tussentijds op te zeggen. Artikel 7:408 BW is niet van toepassing.',
    },
    {
      article: '3.1',
      title: 'Totstandkoming Overeenkomst',
      text: 'Een Overeenkomst tussen PlusPort en Klant komt tot stand op het moment dat Klant een door PlusPort uitgebrachte offerte of orderbevestiging (digitaal) heeft aanvaard, wanneer de Overeenkomst door beide Partijen is ondertekend, dan wel door het volledig doorlopen van een online bestelproces en bevestiging van de bestelling door PlusPort.',
    },
    {
      article: '8.2',
      title: 'Tarieven exclusief btw',
      text: 'Alle tarieven zijn exclusief btw en in euro’s.',
    },
    {
      article: '18.2',
      title: 'Kosten van trainingen',
      text: 'Externe Opleiders bepalen zelf de kosten voor trainingen. Deze kosten worden binnen de Software vermeld inclusief btw, tenzij anders vermeld. Kosten voor trainingen worden door Klant betaald aan de Externe Opleider, tenzij gebruik wordt gemaakt van de Facturatieservice als bedoeld in artikel 19.',
    },
    {
      article: '8.8',
      title: 'Opschorting bij verzuim',
      text: 'Wanneer Klant zijn verbintenissen jegens PlusPort niet nakomt en in verzuim is, heeft PlusPort het recht om, na zorgvuldige belangenafweging en schriftelijke aankondiging, de verdere uitvoering van de Overeenkomst, geheel dan wel gedeeltelijk, op te schorten.',
    },
  ],
};
