import type { TermsDocument } from '../clauses.ts';

/** VAPRO B.V. and VAPRO Belgie BVBA (shared/terms/vapro-leverings-en-betalingsvoorwaarden.txt). */
export const vaproVoorwaarden: TermsDocument = {
  id: 'vapro-leverings-en-betalingsvoorwaarden',
  title: 'Algemene leverings- en betalingsvoorwaarden VAPRO',
  source: 'shared/terms/vapro-leverings-en-betalingsvoorwaarden.txt',
  articles: [
    {
      article: '1.4',
      title: 'Wijziging voorwaarden',
      text: 'VAPRO is gerechtigd om deze algemene voorwaarden eenzijdig te wijzigen. In dat geval zal VAPRO de Opdrachtgever tijdig op de hoogte stellen van de wijzigingen. Tussen deze kennisgeving en de inwerkingtreding van de gewijzigde voorwaarden zal tenminste een maand zitten.',
    },
    {
      article: '2.1',
      title: 'Offertes',
      text: 'Alle offertes en aanbiedingen van VAPRO zijn vrijblijvend, tenzij in de offerte een termijn voor aanvaarding is gesteld.',
    },
    {
      article: '11.1',
      title: 'Overmacht',
      text: 'Indien de periode, waarin door overmacht nakoming van de verplichtingen door VAPRO niet mogelijk is, langer duurt dan twee maanden zijn beide partijen bevoegd de Overeenkomst zonder gerechtelijke tussenkomst te ontbinden, zonder dat er in dat geval een verplichting tot schadevergoeding bestaat.',
    },
    {
      article: '11.2',
      title: 'Overmacht: geleverd deel',
      text: 'Indien VAPRO bij het intreden van de overmacht al gedeeltelijk aan haar verplichtingen heeft voldaan of slechts gedeeltelijk aan haar verplichtingen kan voldoen, is zij gerechtigd het reeds geleverde c.q. leverbare deel afzonderlijk te factureren.',
    },
    {
      article: '15.1',
      title: 'Vervanging medewerkers',
      text: 'Indien dit niet mogelijk mocht blijken, zal VAPRO de reeds door Opdrachtgever met betrekking tot de desbetreffende (onderdelen van de) cursus verrichte betalingen restitueren.',
    },
    {
      article: '15.2',
      title: 'Annulering bij onvoldoende belangstelling',
      text: 'VAPRO behoudt zich het recht voor om een cursus bij onvoldoende belangstelling te annuleren. VAPRO zal Opdrachtgever hiervan uiterlijk vijf werkdagen voor aanvang van de cursus schriftelijk in kennis stellen. VAPRO zal indien mogelijk een alternatief voor de geannuleerde cursus aanbieden. Indien dit niet mogelijk is, of Opdrachtgever hiermee niet akkoord gaat, zal het door Opdrachtgever met betrekking tot de desbetreffende cursus reeds betaalde door VAPRO aan Opdrachtgever gerestitueerd worden.',
    },
    {
      article: '16.1',
      title: 'Reeds gemaakte kosten',
      text: 'Bij schriftelijke annulering door Opdrachtgever, worden door VAPRO te allen tijde de reeds gemaakte kosten in rekening gebracht. Deze reeds gemaakte kosten bestaan uit de daadwerkelijk bestede uren en/of aangeschafte (leer)middelen, vermeerderd met 10% van het totale offertebedrag aan administratiekosten.',
      limits: { maxFeeBasisPoints: 1000 },
    },
    {
      article: '16.2',
      title: 'Annuleringskosten',
      text: 'Bovenop de onder Artikel 16.1 vermelde kosten worden bij schriftelijke annulering door Opdrachtgever uiterlijk 15 werkdagen voor aanvang van de cursus, het examen of de (advies)werkzaamheden, door VAPRO geen verdere vergoeding/kosten in rekening gebracht. Bij schriftelijke annulering door Opdrachtgever uiterlijk zeven werkdagen voor aanvang van de cursus het examen of de (advies)werkzaamheden, is Opdrachtgever 50% van de overeengekomen vergoeding verschuldigd. Bij annulering binnen zeven werkdagen voor aanvang van de cursus het examen of de (advies)werkzaamheden is Opdrachtgever de volledige overeengekomen vergoeding verschuldigd.',
      limits: { maxFeeBasisPoints: 10000 },
      textGaps: [
        '"uiterlijk 15 werkdagen" and "uiterlijk zeven werkdagen" leave 8 to 14 working days to the 50 % row only by reading (vapro-tiers)',
      ],
    },
    {
      article: '16.3',
      title: 'Vervanging deelnemer',
      text: 'Vervanging van een deelnemer van de cursus of het examen door een ander is slechts mogelijk na schriftelijke toestemming van VAPRO.',
    },
    {
      article: '17.1',
      title: 'Reclamaties',
      text: 'Reclamaties dienen bij aangetekend schrijven en deugdelijk gemotiveerd binnen tien dagen nadat de omstandigheden waarover wordt gereclameerd zich hebben voorgedaan aan VAPRO te worden overgebracht.',
    },
    {
      article: '19.2',
      title: 'Reclamatie leermiddelen',
      text: 'In afwijking van artikel 17.1 dient daartoe binnen twee werkdagen na ontvangst van de leermiddelen te worden gereclameerd bij de klantenservice van VAPRO.',
    },
    {
      article: '20.3',
      title: 'Verlenging',
      text: 'Tenzij een der partijen uiterlijk drie maanden voor de einddatum van de overeenkomst voor bepaalde tijd de andere partij per aangetekend schrijven heeft laten weten de Overeenkomst niet voort te willen zetten, zal de Overeenkomst steeds voor de duur van een jaar tegen de alsdan geldende bepalingen worden verlengd.',
    },
    {
      article: '20.4',
      title: 'Opzegging onbepaalde tijd',
      text: 'Indien de Overeenkomst is aangegaan voor onbepaalde tijd, kan deze door elk der partijen schriftelijk worden beeindigd, met inachtneming van een opzegtermijn van drie maanden.',
    },
    {
      article: '22.2',
      title: 'Prijswijziging',
      text: 'VAPRO behoudt zich het recht voor om binnen redelijke grenzen, de prijzen gedurende de looptijd van de Overeenkomst te wijzigen.',
    },
    {
      article: '22.4',
      title: 'Prijsverhoging',
      text: 'Indien de prijzen voor de aangeboden producten en diensten stijgen in de periode tussen de bestelling en de uitvoering daarvan, bent u gerechtigd de bestelling te annuleren dan wel de overeenkomst te ontbinden binnen 10 dagen na de mededeling van de prijsverhoging door VAPRO.',
    },
    {
      article: '22.5',
      title: 'Betalingstermijn',
      text: 'Tenzij uitdrukkelijk schriftelijk anders overeengekomen, dienen betalingen binnen 15 dagen na factuurdatum plaats te vinden, zonder aftrek of verrekening en zonder opschorting.',
    },
    {
      article: '22.6',
      title: 'Vooruitbetaling leermiddelen',
      text: 'In afwijking van het voorgaande lid geldt voor leermiddelen dat particulieren en afnemers, met wie VAPRO niet eerder een Overeenkomst heeft gesloten, voorafgaand aan de levering van de leermiddelen dienen te betalen.',
    },
    {
      article: '22.8',
      title: 'Rente',
      text: 'Opdrachtgever is direct vanaf de vervaldag rente verschuldigd. Deze rente bedraagt 1 % rente per maand, waarbij een gedeelte van de maand wordt gezien als hele maand.',
      textGaps: [
        '"direct vanaf de vervaldag": interest runs from the due date itself, one day earlier than the statutory rule (reading interest-from-due-date)',
      ],
    },
    {
      article: '22.9',
      title: 'Toerekening betalingen',
      text: 'VAPRO heeft het recht de door Opdrachtgever gedane betalingen te laten strekken in de eerste plaats in mindering van de kosten, vervolgens in mindering van de opengevallen rente en tenslotte in mindering van de hoofdsom en de lopende rente.',
    },
    {
      article: '22.11',
      title: 'Incassokosten',
      text: 'Vorenbedoelde kosten bedragen 15% van het bedrag waarvoor de Opdrachtgever in gebreke is met een minimum van EUR 250,-, dan wel de werkelijke kosten indien deze hoger zijn dan genoemd percentage.',
    },
    {
      article: '17.3',
      title: 'Gegronde reclamatie',
      text: 'In geval van een gegronde reclamatie is VAPRO gehouden tot het binnen een redelijke termijn herstellen van fouten dan wel tot (gedeeltelijke) restitutie van de vergoeding, zulks naar keuze van VAPRO.',
    },
    {
      article: '20.1',
      title: 'Duur',
      text: 'De Overeenkomst kan worden aangegaan voor bepaalde tijd of onbepaalde tijd.',
    },
    {
      article: '20.2',
      title: 'Geen tussentijdse opzegging',
      text: 'Indien de Overeenkomst is aangegaan voor bepaalde tijd, kan deze niet tussentijds worden opgezegd.',
    },
    {
      article: '22.10',
      title: 'Geen verrekening of opschorting',
      text: 'De Opdrachtgever is nimmer gerechtigd tot verrekening van het door hem aan VAPRO verschuldigde. Bezwaren tegen de hoogte van een factuur schorten de betalingsverplichting niet op.',
    },
    {
      article: '2.3',
      title: 'Prijzen in een offerte',
      text: 'De in een offerte of aanbieding vermelde prijzen zijn exclusief BTW en andere heffingen van overheidswege, eventuele in het kader van de overeenkomst te maken kosten, daaronder begrepen reis- en verblijf-, verzend- en administratiekosten, tenzij anders aangegeven.',
    },
  ],
};
