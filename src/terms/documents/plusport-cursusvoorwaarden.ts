import type { TermsDocument } from '../clauses.ts';

/**
 * PlusPort bv, Cursusvoorwaarden (shared/terms/plusport-cursusvoorwaarden.txt). The text was
 * extracted from a PDF: article numbers lost their dots ("151" is 15.1) and are restored here; the
 * 14 and 15 tables are quoted as the README reconstructs them.
 */
export const plusportCursusvoorwaarden: TermsDocument = {
  id: 'plusport-cursusvoorwaarden',
  title: 'PlusPort bv Cursusvoorwaarden',
  source: 'shared/terms/plusport-cursusvoorwaarden.txt',
  articles: [
    {
      article: '4.4',
      title: 'Toegang Online Training',
      text: 'De toegang tot de Online Training vervalt na een periode na het behalen van het Online Eindexamen of het afronden van de Praktijksessie.',
      textGaps: ['"na een periode" names no length of time'],
    },
    {
      article: '4.5',
      title: 'Online Naslag',
      text: 'Nadat Cursist de Online Training succesvol heeft afgerond, vervalt de toegang tot de Online Training en daarmee tot de Online Naslag.',
    },
    {
      article: '5.2',
      title: 'Prijswijziging',
      text: 'Bij wijziging van een of meer van deze factoren is PlusPort bv gerechtigd haar prijzen aan te passen, met dien verstande dat als de prijsaanpassing binnen drie maanden na het tot stand komen van de overeenkomst 10% of meer bedraagt, aan de Opdrachtgever c.q. Cursist het recht toekomt om onder betaling van het reeds gepresteerde de overeenkomst te ontbinden.',
    },
    {
      article: '5.3',
      title: 'Betaling voor aanvang',
      text: 'Facturen dienen voor aanvang van de Cursus te zijn voldaan, tenzij op de factuur uitdrukkelijk anders wordt vermeld. Opdrachtgever c.q. Cursist is niet gerechtigd tot verrekening of tot opschorting van een betaling.',
    },
    {
      article: '5.4',
      title: 'Wettelijke rente',
      text: 'Indien de op de factuur vermelde betalingstermijn wordt overschreden, is Opdrachtgever c.q. Cursist, zonder dat van PlusPort bv enige aanmaning of ingebrekestelling nodig is, over het openstaande bedrag wettelijke rente verschuldigd.',
    },
    {
      article: '5.5',
      title: 'Ontbinding bij niet tijdige betaling',
      text: 'Bij niet tijdige betaling van het cursusgeld is PlusPort bv gerechtigd de overeenkomst te ontbinden en een vergoeding van het reeds door PlusPort bv gepresteerde en eventuele schade, in rekening te brengen.',
    },
    {
      article: '5.6',
      title: 'Incassokosten',
      text: 'Alle kosten die PlusPort bv moet maken voor incasso van niet-betaalde facturen zijn voor rekening van Opdrachtgever c.q. Cursist.',
    },
    {
      article: '5.7',
      title: 'Opschorting levering',
      text: 'PlusPort bv heeft te allen tijde het recht de levering van de Cursus op te schorten zolang Opdrachtgever c.q. Cursist de factuur nog niet heeft betaald.',
    },
    {
      article: '6.4',
      title: 'Datum en aanvangstijd',
      text: 'De datum van de Cursus en bijbehorende aanvangstijd staat in de bevestiging die Cursist per e-mail ontvangt.',
    },
    {
      article: '7.3',
      title: 'Terugbetaling bij overmacht',
      text: 'Eventueel door Opdrachtgever vooruitbetaalde gelden zal PlusPort bv alleen bij blijvende overmacht naar rato terugbetalen, na aftrek van 20% van de totale factuurwaarde als vergoeding voor de door PlusPort bv reeds gemaakte kosten, onder de voorwaarde dat de examenleverancier PlusPort bv geen kosten in rekening brengt. Indien de examenleverancier PlusPort bv wel kosten in rekening brengt, worden die kosten eveneens afgetrokken van de eventueel door Opdrachtgever vooruitbetaalde kosten. Als het reeds betaalde minder dan 20% van de totale factuurwaarde bedraagt, vindt geen teruggave plaats.',
      limits: { maxFeeBasisPoints: 10000 },
    },
    {
      article: '7.4',
      title: 'Overmacht bij een Examen',
      text: 'Indien de overmacht een bepaald Examen betreft, zal de examenleverancier van PlusPort bv - indien mogelijk - een andere tijd of dag voor het houden van dit Examen trachten vast te stellen.',
    },
    {
      article: '10.2',
      title: 'Te laat komen',
      text: 'Indien Cursist wordt geweigerd, worden de kosten volledig doorbelast. Cursist krijgt geen restitutie.',
      limits: { maxFeeBasisPoints: 10000 },
    },
    {
      article: '13.2',
      title: 'Geslaagd voor een Cursus met Praktijksessie',
      text: 'Cursist is voor een Cursus waarvan een Praktijksessie onderdeel van uitmaakt, geslaagd indien Cursist de Online Training volledig heeft doorlopen, geslaagd is voor het Online Theorie-examen, zich zoals voorgeschreven heeft gelegitimeerd, geslaagd is voor de Praktijkoefeningen en de docent Cursist competent heeft verklaard.',
    },
    {
      article: '13.3',
      title: 'Geslaagd voor een Examen',
      text: 'Cursist is voor een Examen geslaagd indien Cursist zich zoals voorgeschreven heeft gelegitimeerd en het voorgeschreven minimale aantal vragen goed heeft beantwoord.',
    },
    {
      article: '13.5',
      title: 'Certificaat na Klassikale Training, Praktijksessie of Workshop',
      text: 'In geval van een Cursus met een Klassikale Training en/of Praktijksessie en/of Workshop, ontvangt Cursist binnen 2 werkdagen na de schriftelijke uitslag -indien geslaagd- het persoonlijke certificaat in zijn/haar online profiel.',
    },
    {
      article: '13.6',
      title: 'Certificaat na Examen',
      text: 'In geval van een Examen dat afgenomen wordt door een exameninstituut, ontvangt Cursist ca. 2 werkdagen na de uitslag -indien geslaagd en de factuur is betaald- het persoonlijke certificaat in zijn/haar online profiel.',
    },
    {
      article: '14.1',
      title: 'Verschuiving',
      text: 'Opdrachtgever c.q. Cursist kan voor aanvang van de Praktijksessie, dan wel Examen verzoeken de deelname aan een Praktijksessie dan wel Examen te verschuiven.',
    },
    {
      article: '14.3',
      title: 'Cursusgeld betaald',
      text: 'Om voor verschuiving van deelname in aanmerking te komen, dient het cursusgeld volledig te zijn betaald.',
    },
    {
      article: '14.4',
      title: 'Verschuivingsregeling Examen',
      text: 'Tot en met 6 werkdagen voor het Examen: Geen kosten. 5 werkdagen of minder voor het Examen: Niet mogelijk. Op de dag van de uitvoering: Niet mogelijk.',
      limits: { maxFeeBasisPoints: 0 },
    },
    {
      article: '14.5',
      title: 'Verschuivingsregeling Opleiding met Praktijksessie of Workshop',
      text: 'Tot en met 11 werkdagen voor uitvoering: Geen kosten. Van 10 werkdagen tot en met 1 werkdagen voor uitvoering: EUR 55,00. Op de dag van uitvoering: 100%. De verschuivingskosten dienen direct te worden betaald. Op het moment van verzoek tot verschuiving dient direct een nieuwe cursusdatum te worden opgegeven. De nieuwe cursusdatum dient binnen 3 maanden na de initiele cursusdatum te vallen. Ruilen met een collega mag. Indien voor de Praktijksessie een Bewijs van deelname is voorgeschreven, dient de collega geslaagd te zijn voor het Online Theorie-examen.',
      limits: { maxFeeBasisPoints: 10000, maxFixedFeeCents: 5500 },
      textGaps: [
        'a request on a non-working day just before the start is neither "1 werkdag voor" nor "op de dag van uitvoering" (reading zero-working-days)',
      ],
    },
    {
      article: '14.6',
      title: 'Verschuiving Klassikale Training',
      text: 'Voor het verschuiven van deelname aan een Klassikale Training ATEX, NEN 1010, NEN 3140 of VCA wordt de annuleringsregeling toegepast. De annuleringsregeling staat vermeld in artikel 15 Annulering.',
      limits: { maxFeeBasisPoints: 10000 },
    },
    {
      article: '14.7',
      title: 'Verschuiving besloten groepen',
      text: 'Voor besloten groepen, zogenaamde Incompany- of Outcompany-opdrachten, geldt een andere verschuivingsregeling. De van toepassing zijnde verschuivingsregeling staat in de offerte vermeld.',
    },
    {
      article: '15.1',
      title: 'Annulering door PlusPort',
      text: 'Bij onvoldoende aanmeldingen voor een Cursus heeft PlusPort bv het recht de Cursus te annuleren en een aanmelding alsnog niet te accepteren zonder gehouden te zijn tot vergoeding van schade of kosten. Opdrachtgever c.q. Cursist heeft in dit geval recht op restitutie van reeds betaalde cursusgelden.',
    },
    {
      article: '15.2',
      title: 'Annulering voor aanvang',
      text: 'Een annulering dient voor aanvang van de Cursus bij PlusPort of haar antwoordservice (buiten kantooruren) te zijn ontvangen.',
      limits: { maxFeeBasisPoints: 10000 },
    },
    {
      article: '15.5',
      title: 'Annuleringsregelingen',
      text: 'E-learning binnen 10 werkdagen na aankoop retour: Geen kosten (niet gestart) / 100% (gestart). E-learning 10 werkdagen of meer na aankoop retour: 100%. Examen tot en met 6 werkdagen voor het Examen: Geen kosten; 5 werkdagen of minder voor het Examen*: 100%. Praktijksessie of Workshop / Klassikale Training tot en met 11 werkdagen voor: Geen kosten; 10 tot en met 6 werkdagen voor*: 50%; 5 werkdagen of korter voor*: 100%. Eerder door cursist verschoven Praktijksessie of Workshop / Klassikale Training: 100%. Bij niet op tijd komen: 100%. Lesboek (indien van tevoren toegezonden): 100%, geen kosten indien PlusPort het lesboek ongebruikt en onbeschadigd retour ontvangt; Lesboek & Examen: Geen kosten. E-learning als extra service: Geen kosten.',
      limits: { maxFeeBasisPoints: 10000 },
      textGaps: [
        'the e-learning rows overlap on the 10th working day after purchase ("binnen 10 werkdagen" and "10 werkdagen of meer"; reading elearning-window)',
      ],
    },
    {
      article: '15.6',
      title: 'Annulering bij overlijden, ziekenhuisopname of ziekmelding',
      text: 'In geval van een annulering i.v.m. een overlijden (persoonlijk of eerste graad), ziekenhuisopname (persoonlijk of eerste graad) of ziekmelding, dient het overlijdensbericht c.q. bevestiging van de ziekenhuisopname c.q. een doktersverklaring binnen 7 dagen na de annulering ontvangen te zijn. Indien Opdrachtgever c.q. Cursist een dergelijk bewijs niet binnen 7 dagen na de annulering kan verstrekken, kan het Examen, de Praktijksessie, de Online Training, de Workshop, dan wel de Klassikale Training niet kosteloos worden verschoven, dan wel geannuleerd. In dit geval wordt de annuleringsregeling toegepast.',
    },
    {
      article: '15.7',
      title: 'Annulering besloten groepen',
      text: 'Voor besloten groepen, zogenaamde Incompany- dan wel Outcompany-opdrachten, gelden andere annuleringsvoorwaarden. De van toepassing zijnde voorwaarden staan in de offerte vermeld.',
    },
    {
      article: '16.5',
      title: 'Termijn bezwaar of klacht',
      text: 'Een bezwaar of klacht dient binnen 2 weken na uitvoering van de Cursus schriftelijk te zijn ingediend, bij gebreke waarvan Opdrachtgever c.q. Cursist geacht wordt akkoord te zijn gegaan met de uitvoering.',
    },
    {
      article: '16.8',
      title: 'Reactie op een klacht',
      text: 'Na ontvangst van de schriftelijke klacht neemt PlusPort bv binnen 7 werkdagen contact met Cursist op.',
    },
    {
      article: '7.1',
      title: 'Overmacht uitvoering Examen',
      text: 'Indien naar het redelijk oordeel van de examenleverancier van PlusPort bv een overmachtsituatie daartoe aanleiding geeft, heeft zij het recht de overeenkomst geheel of gedeeltelijk te beeindigen, dan wel de uitvoering van de overeenkomst tijdelijk op te schorten, zonder tot enige schadeloosstelling gehouden te zijn.',
      textGaps: [
        '7.1 lets only the exam supplier end the agreement, with no threshold; the terms give the customer no termination right (reading plusport-courses-force-majeure)',
      ],
    },
    {
      article: '7.2',
      title: 'Overmacht: begrip',
      text: 'Onder overmacht wordt in deze voorwaarden verstaan, naast hetgeen daaromtrent in de wet en jurisprudentie wordt begrepen, alle van buitenkomende oorzaken, voorzien of onvoorzien, waarop de examenleverancier van PlusPort bv geen invloed kan uitoefenen.',
    },
    {
      article: '16.4',
      title: 'Bezwaar of klacht schriftelijk',
      text: 'Indien Opdrachtgever c.q. Cursist een bezwaar wil maken of een klacht heeft, dient Opdrachtgever c.q. Cursist dit schriftelijk te doen, zodat misverstanden in de communicatie worden voorkomen.',
    },
    {
      article: '16.7',
      title: 'Klacht per e-mail',
      text: 'PlusPort bv neemt uitsluitend per e-mail ingezonden bezwaren of klachten in behandeling.',
    },
    {
      article: '16.9',
      title: 'Aansprakelijkheid Algemene Leveringsvoorwaarden',
      text: 'Voorts is het gestelde in artikel 10 "Aansprakelijkheid" van de Algemene Leveringsvoorwaarden onverminderd van kracht.',
    },
    {
      article: '17.2',
      title: 'Duur en beeindiging',
      text: 'Voorts is het gestelde in artikel 13 "Duur en beeindiging" van de Algemene Leveringsvoorwaarden onverminderd van kracht.',
      textGaps: [
        '17.2 applies the 3-year term and 6-month notice of algemene 13 to course agreements, which are not continuing contracts (reading plusport-courses-incorporation)',
      ],
    },
    {
      article: '2.2',
      title: 'Aanvaarding voorwaarden',
      text: 'Door Inschrijving of het verstrekken van een Opdracht aanvaarden Cursist en Opdrachtgever deze voorwaarden.',
    },
    {
      article: '18.2',
      title: 'Toepasselijk recht Algemene Leveringsvoorwaarden',
      text: 'Voorts is het gestelde in artikel 16 "Toepasselijk recht en geschillen" van de Algemene Leveringsvoorwaarden onverminderd van kracht.',
    },
    {
      article: '5.1',
      title: 'Prijzen',
      text: 'Alle prijzen zijn exclusief btw hoog en andere heffingen die van overheidswege worden opgelegd.',
    },
    {
      article: '8.1',
      title: 'Legitimatie',
      text: 'Cursist is verplicht zich voor aanvang van een Klassikale Training, Praktijksessie en Examen te legitimeren met een origineel en geldig legitimatiebewijs (paspoort, Nederlands rijbewijs, Europese ID-kaart of vreemdelingendocument). Een kopie van een legitimatiebewijs wordt niet geaccepteerd.',
    },
    {
      article: '8.2',
      title: 'Geen legitimatie bij een training',
      text: 'Indien Cursist zich niet kan legitimeren met een origineel en geldig legitimatiebewijs, heeft de docent c.q. instructeur het recht Cursist de toegang tot de Klassikale Training en/of Praktijksessie te weigeren. De kosten worden volledig doorbelast. Cursist krijgt geen restitutie.',
    },
    {
      article: '8.3',
      title: 'Legitimatie bij een Examen',
      text: 'Indien sprake is van een Examen, wordt Cursist die zich niet met een origineel en geldig legitimatiebewijs kan legitimeren, niet toegelaten tot het Examen. De gegevens waarmee Cursist is opgegeven moeten bovendien overeenkomen met de gegevens op het legitimatiebewijs. Als deze gegevens onjuist zijn of ontbreken, heeft de examinator het recht Cursist de toegang tot het examen te weigeren. De kosten worden volledig doorbelast. Cursist krijgt geen restitutie.',
    },
    {
      article: '9.1',
      title: 'Aanvang',
      text: 'Cursist dient minimaal 15 minuten voor aanvangstijd van de Klassikale Training, Praktijksessie c.q. Examen aanwezig te zijn.',
    },
    {
      article: '10.1',
      title: 'Te laat komen',
      text: 'Nadat de Klassikale Training, Praktijksessie c.q. Examen is gestart, heeft de docent, instructeur c.q. examinator het recht Cursist de toegang tot de Klassikale Training, Praktijksessie c.q. Examen te weigeren.',
    },
    {
      article: '10.3',
      title: 'Te laat en toegelaten',
      text: 'Indien Cursist wordt toegelaten, wordt de verloren tijd niet gecompenseerd.',
    },
    {
      article: '13.1',
      title: 'Competentieverklaring',
      text: 'In geval van een Praktijksessie geeft de instructeur aan het einde van de Praktijksessie aan of Cursist competent is bevonden. Deze competentieverklaring is nog geen officiële uitslag. Aan deze verklaring kan Cursist geen rechten ontlenen.',
    },
    {
      article: '13.4',
      title: 'Uitslag',
      text: 'Over het algemeen ontvangt Cursist binnen 2 werkdagen na de Praktijksessie c.q. Examen de uitslag per e-mail.',
    },
    {
      article: '14.2',
      title: 'Verzoek tot verschuiving',
      text: 'Een verzoek voor verschuiving dient gericht te worden aan customersupport@plusport.com.',
    },
    {
      article: '15.3',
      title: 'Vorm van annulering',
      text: 'Annuleringen van deelname aan een Cursus door Opdrachtgever c.q. Cursist dient Opdrachtgever c.q. Cursist te richten aan customersupport@plusport.com. Een annulering per telefoon is niet wenselijk.',
    },
    {
      article: '16.6',
      title: 'Adres voor klachten',
      text: 'Een eventueel bezwaar of klacht dient Cursist te richten aan customersupport@plusport.com.',
    },
  ],
};
