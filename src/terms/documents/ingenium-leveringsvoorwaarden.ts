import type { TermsDocument } from '../clauses.ts';

/** Ingenium B.V., Algemene Leveringsvoorwaarden (shared/terms/ingenium-leveringsvoorwaarden.txt). */
export const ingeniumLeveringsvoorwaarden: TermsDocument = {
  id: 'ingenium-leveringsvoorwaarden',
  title: 'Algemene Leveringsvoorwaarden Ingenium B.V.',
  source: 'shared/terms/ingenium-leveringsvoorwaarden.txt',
  articles: [
    {
      article: '3.2',
      title: 'Geldigheid offertes',
      text: 'De door de gebruiker gemaakte offertes zijn vrijblijvend; zij zijn geldig gedurende 30 dagen, tenzij anders is aangegeven.',
    },
    {
      article: '3.5',
      title: 'Staffelkortingen',
      text: 'De staffelkortingen bij cursussen zijn van toepassing als een bedrijf twee of meer cursisten aanmeldt. Cursisten mogen op alternatieve data deelnemen.',
      textGaps: ['the discount rates are not in the terms (reading group-discount)'],
    },
    {
      article: '11.1',
      title: 'Opzegging',
      text: 'Opzegging van een contract dient minimaal een maand voor het einde van de termijn te geschieden en geldt tegen het einde van de bedoelde termijn. Opzegging kan uitsluitend schriftelijk plaats vinden waarbij de ontvangstdatum van de opzegging als opzegdatum geldt.',
      textGaps: [
        'the text refers to "de bedoelde termijn zoals genoemd in artikel 2", which names no term (article 5 does); for the default indefinite agreement (5.1) there is no term end (reading ingenium-indefinite-notice)',
      ],
    },
    {
      article: '13.1',
      title: 'Klachten',
      text: 'Klachten over de verrichte werkzaamheden dienen door de opdrachtgever binnen 8 dagen na ontdekking, doch uiterlijk binnen 14 dagen na voltooiing van de betreffende werkzaamheden schriftelijk te worden gemeld aan de gebruiker.',
    },
    {
      article: '14.5',
      title: 'Prijsverhoging',
      text: 'Gebruiker mag prijsstijgingen doorberekenen, indien de gebruiker kan aantonen dat zich tussen het moment van aanbieding en levering significante prijswijzigingen hebben voorgedaan.',
    },
    {
      article: '15.1',
      title: 'Betalingstermijn',
      text: 'Betaling dient te geschieden binnen 14 dagen na het verstrijken van de betalingstermijn of indien anders is overeengekomen.',
      textGaps: [
        '"binnen 14 dagen na het verstrijken van de betalingstermijn" would put payment 14 days after a term the text never sets; read with 15.2 as 14 days after the invoice date (reading ingenium-payment-term)',
      ],
    },
    {
      article: '15.2',
      title: 'Rente',
      text: 'Na het verstrijken van de factuurdata na 14 dagen of indien anders is overeengekomen, is de opdrachtgever in verzuim; de opdrachtgever is vanaf het moment van in verzuim treden over het opeisbare bedrag een rente verschuldigd van 2,5 % per maand, tenzij de wettelijke rente hoger is, in welk geval de wettelijke rente geldt.',
    },
    {
      article: '15.4',
      title: 'Toerekening betalingen',
      text: 'Gebruiker heeft het recht de door de opdrachtgever gedane betalingen te laten strekken in mindering van de kosten, vervolgens in mindering van de opengevallen rente en tenslotte in mindering van de hoofdsom en de lopende rente.',
    },
    {
      article: '15.5',
      title: 'Kredietbeperkingstoeslag',
      text: 'Gebruiker heeft de mogelijkheid een kredietbeperkingstoeslag van 2% in rekening te brengen. Deze toeslag is niet verschuldigd bij betaling binnen 7 dagen na factuurdatum.',
    },
    {
      article: '16.1',
      title: 'Incassokosten',
      text: 'Indien opdrachtgever in gebreke blijft in de tijdige voldoening van een geldsom, dan verbeurt hij een dadelijk opeisbare boete van 15% over het nog verschuldigde bedrag. Dit met een minimum van EUR 50,00.',
    },
    {
      article: '20.4',
      title: 'Overmacht langer dan 2 maanden',
      text: 'Tijdens overmacht worden de verplichtingen van partijen opgeschort. Indien de periode waarin door overmacht nakoming van de verplichtingen door partijen niet mogelijk is, langer dan 2 maanden duurt, zijn beide partijen bevoegd de overeenkomst te ontbinden zonder dat er in dat geval een verplichting tot schadevergoeding bestaat.',
    },
    {
      article: '20.5',
      title: 'Overmacht: reeds uitgevoerd deel',
      text: 'Indien de gebruiker bij het intreden van de overmacht al gedeeltelijk aan haar verplichtingen heeft voldaan, is zij gerechtigd het reeds uitgevoerde deel afzonderlijk te factureren.',
    },
    {
      article: '24.3',
      title: 'Toepasselijke versie',
      text: 'Van toepassing is steeds de laatst gedeponeerde versie c.q. de versie zoals die gold ten tijde van het tot stand komen van de onderhavige opdracht.',
    },
    {
      article: '25.1',
      title: 'Annulering door Ingenium',
      text: 'Ingenium B.V. kan de cursus zonder opgaaf van reden annuleren en een aanmelding niet accepteren, zonder een schadevergoeding verschuldigd te zijn. Opdrachtgever krijgt dan het reeds betaalde cursusgeld terug.',
    },
    {
      article: '25.2',
      title: 'Annulering en verplaatsing door opdrachtgever',
      text: 'Tot 2 weken voor aanvang van de cursus kun je kosteloos annuleren. Daarna betaal je het volledige bedrag. Er mag altijd een collega in jouw plaats komen. Dat kost niet extra. Voor een incompany cursus geldt een termijn van vier weken. Als je door omstandigheden de cursus niet kunt volgen, dan kun je deze ook verplaatsen. Er is wel voorwaarde: je geeft het ons uiterlijk 14 dagen voor de cursus- of examendag door. Ingeval de opdrachtgever of cursist na aanvang van de cursus deelname beeindigt of anderszins niet aan de cursus deelneemt, heeft opdrachtgever geen recht op enige terugbetaling. Bij verhindering mag een vervanger de plaats van de aangemelde cursist innemen. De opdrachtgever moet deze vooraf via mail bij Ingenium B.V. aanmelden. Bij een VCA-examen dient de vervangende kandidaat de werkdag voor de examendag te zijn aangemeld.',
      limits: { maxFeeBasisPoints: 10000 },
    },
    {
      article: '26',
      title: 'E-learning',
      text: 'De E-learning staat 1 maand open. Aansluitend aan het doorlopen van de lesstof vindt de eindtoets plaats. Na het behalen van deze toets ontvangt u een E-learning certificaat.',
    },
    {
      article: '3.1',
      title: 'Aanbiedingen',
      text: 'Alle aanbiedingen zijn vrijblijvend, tenzij in het aanbod een termijn voor aanvaarding is genoemd.',
    },
    {
      article: '5.1',
      title: 'Contractsduur',
      text: 'De overeenkomst wordt aangegaan voor onbepaalde tijd , tenzij uit de aard van de overeenkomst anders voortvloeit of partijen uitdrukkelijk en schriftelijk anders overeenkomen.',
    },
    {
      article: '5.2',
      title: 'Stilzwijgende verlenging',
      text: 'Na afloop van deze schriftelijk overeengekomen periode vindt stilzwijgende verlenging plaats behoudens tijdige opzegging door de opdrachtgever of gebruiker zoals omschreven in artikel 11.',
      textGaps: ['5.2 names no renewal period (reading renewal-period: the initial period again)'],
    },
    {
      article: '14.6',
      title: 'Verhoging honorarium',
      text: 'Bovendien mag gebruiker het honorarium verhogen wanneer tijdens de uitvoering van de werkzaamheden blijkt dat de oorspronkelijk overeengekomen dan wel verwachte hoeveelheid werk in zodanige mate onvoldoende werd ingeschat bij het sluiten van de overeenkomst en zulks niet is toe te rekenen aan de gebruiker. Gebruiker zal de opdrachtgever in dat geval van het voornemen tot verhoging van het honorarium of tarief in kennis stellen. Gebruiker zal daarbij de omvang en de datum waarop de verhoging in zal gaan, vermelden.',
    },
    {
      article: '16.2',
      title: 'Hogere incassokosten',
      text: 'Indien de gebruiker aantoont hogere kosten te hebben gemaakt, welke redelijkerwijs noodzakelijk waren, komen deze ook voor vergoeding in aanmerking.',
    },
    {
      article: '3.3',
      title: 'Prijzen',
      text: 'Genoemde bedragen opgenomen in de offerte zijn exclusief B.T.W. en/of (zakelijke) reiskosten, overige heffingen van overheidswege alsmede eventuele in het kader van de overeenkomst te maken kosten, waaronder verzend- en administratiekosten, tenzij anders aangegeven. De omvang van de reiskosten is opgenomen in de offerte.',
    },
    {
      article: '12.2',
      title: 'Opschorting',
      text: 'In de genoemde gevallen is de gebruiker bevoegd de verdere uitvoering van de overeenkomst op te schorten, dan wel tot ontbinding van de overeenkomst over te gaan, één en ander onverminderd het recht van de gebruiker, schadevergoeding te vorderen.',
    },
  ],
};
