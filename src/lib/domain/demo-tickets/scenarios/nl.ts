import type { ScenarioTexts } from './types';

/** Dutch: webshops and mobility apps say "je", banks and insurers mostly "u". */
export const NL: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Bestelling {order} nog steeds niet binnen',
		customer: [
			'Hoi, ik heb vorige week bestelling {order} geplaatst en er stond levering binnen 2 dagen. De track & trace staat al dagen stil en geeft nu {date} als verwachte bezorgdag. Wat is er aan de hand?',
			'Het is een verjaardagscadeau voor zaterdag. Kan het echt niet sneller?'
		],
		hero: [
			'Hoi {customer}, vervelend dat je pakket op zich laat wachten. Het is door drukte blijven hangen in het sorteercentrum van de vervoerder, en {date} is hun laatste inschatting.',
			'Snap ik. Ik heb een nieuw exemplaar met spoedlevering verstuurd, dat is er morgen al. Komt het eerste pakket later alsnog, dan kun je het gewoon weigeren. Groet, {hero}'
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Geld van retour nog niet ontvangen',
		customer: [
			'Hallo, ik heb bestelling {order} twee weken geleden teruggestuurd en volgens mijn account is de retour ontvangen. Toch staat de {amount} nog niet op mijn rekening.',
			'Ik heb met iDEAL betaald. Komt het dan gewoon op mijn bankrekening?',
			'Oké, dan wacht ik het af. Bedankt!'
		],
		hero: [
			'Hoi {customer}, sorry voor het wachten. Je retour was goedgekeurd, maar de terugbetaling bleef in ons systeem hangen. Ik heb de {amount} nu handmatig teruggestort; uiterlijk {date} staat het op je rekening.',
			'Ja, bij iDEAL gaat het bedrag terug naar de rekening waarmee je hebt betaald. Staat het er op {date} nog niet, stuur me dan gerust een berichtje. Groet, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Ruilen voor een andere maat',
		customer: [
			'Hoi! De sneakers uit bestelling {order} vallen echt klein. Ik heb normaal 42, maar deze zitten als een 41. Kan ik ze ruilen voor een 43?',
			'Moet ik het retourlabel zelf printen? Ik heb thuis geen printer.'
		],
		hero: [
			'Hoi {customer}, ruilen kan zeker! Ik heb een omruilverzoek voor maat 43 aangemaakt. De nieuwe maat gaat de deur uit zodra we je retour hebben gescand.',
			'Geen printer nodig: in de mail die je net hebt gekregen staat een QR-code die je bij een PostNL-punt kunt laten scannen. Groet, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Pakket beschadigd aangekomen',
		customer: [
			'Goedemiddag, vandaag kwam bestelling {order} binnen, maar de doos was helemaal ingedeukt en de {product} is beschadigd. Foto\'s zitten in de bijlage.',
			'Graag een nieuwe. Moet ik de kapotte terugsturen?'
		],
		hero: [
			'Hoi {customer}, wat vervelend om te zien, sorry daarvoor. Wil je een nieuwe {product} ontvangen of heb je liever je geld terug?',
			'Ik heb kosteloos een nieuwe {product} voor je klaargezet, die gaat morgen de deur uit. De beschadigde hoef je niet terug te sturen. Groet, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Bestelling annuleren graag',
		customer: ['Hoi, ik heb gisteravond per ongeluk twee keer besteld. Kunnen jullie bestelling {order} annuleren?', 'Top, dank je wel!'],
		hero: [
			'Hoi {customer}, ik heb bestelling {order} voor je geannuleerd. Hij was nog niet verzonden, dus dat ging net goed. De {amount} wordt binnen een paar werkdagen teruggestort. Groet, {hero}'
		]
	},
	'ecommerce.promo-code': {
		subject: 'Kortingscode werkt niet',
		customer: [
			'Hallo, de code WELKOM15 uit jullie nieuwsbrief werd bij het afrekenen geweigerd ("code ongeldig"), dus ik heb het volle bedrag van {amount} betaald voor bestelling {order}. Kan de korting er achteraf nog af?',
			'Waarom niet? Daar stond niks over in de nieuwsbrief.'
		],
		hero: ['Hallo {customer}, achteraf korting verrekenen kan niet.', 'De code geldt niet voor artikelen in de aanbieding. Groet, {hero}']
	},
	'mobility.battery-empty': {
		subject: 'Auto met bijna lege accu',
		customer: [
			'Ik sta bij de auto die ik net heb gereserveerd ({order}), maar de accu staat op 4% en hij geeft nog maar 10 km bereik aan. Ik moet naar Utrecht.',
			'Die in de Vondelstraat is prima, die neem ik. Worden de minuten die ik hier heb staan wachten nog gerekend?'
		],
		hero: [
			'Hoi {customer}, sorry, die auto had niet beschikbaar mogen zijn. Ik heb je reservering kosteloos stopgezet; in de Vondelstraat, 400 meter verderop, staat er een met 85% accu. Zal ik die voor je vastzetten?',
			'Staat vast! De wachttijd heb ik op nul gezet en je krijgt 30 gratis minuten als tegoed. Goede reis, {hero}'
		]
	},
	'mobility.charged-twice': {
		subject: 'Rit twee keer afgeschreven',
		customer: [
			'Hallo, voor mijn rit van gisteren ({order}) is twee keer {amount} van mijn creditcard afgeschreven. Kunnen jullie dat rechtzetten?',
			'Wanneer zie ik het terug? Mijn creditcardafschrift sluit eind van de week.'
		],
		hero: [
			'Hoi {customer}, je hebt gelijk: door een storing bij onze betaalprovider is rit {order} dubbel verwerkt. Ik heb de tweede afschrijving van {amount} teruggeboekt.',
			'Je creditcardmaatschappij verwerkt de terugboeking naar verwachting uiterlijk {date}. Valt dat na je afsluitdatum, dan zie je het als creditering op je volgende afschrift. Groet, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Account geblokkeerd, kan niet meer huren',
		customer: [
			'Sinds vanochtend zegt de app "account tijdelijk geblokkeerd". Ik heb geen idee waarom, mijn laatste rit ging gewoon goed.',
			'Klopt, ik heb vorige week een nieuwe bankpas gekregen. Heb hem nu bijgewerkt, kun je nog even kijken?'
		],
		hero: [
			'Hoi {customer}, ik heb even gekeken: de betaling van je laatste rit is niet gelukt, daarom is je account geblokkeerd. Heb je misschien een nieuwe pas of rekening?',
			'De betaling is nu gelukt en de blokkade is eraf. Je kunt direct weer rijden! Groet, {hero}'
		]
	},
	'mobility.parking-fine': {
		subject: 'Parkeerboete doorbelast voor rit {order}',
		customer: [
			'Ik kreeg een mail dat jullie op {date} {amount} van mijn kaart afschrijven voor een parkeerboete van rit {order}. Ik heb de auto gewoon in de zone uit de app teruggezet.',
			'Ik heb een screenshot van de app waarop staat "rit beëindigd" op die plek. Stuur ik mee.'
		],
		hero: [
			'Hoi {customer}, volgens de gps stond de auto op een vergunningsplek net buiten de zone. Daarvoor heeft de gemeente de boete opgelegd.',
			'Dank voor de screenshot. Ik zie inderdaad dat de app de rit daar heeft goedgekeurd, dus dat had niet mogen gebeuren. Ik heb de afschrijving van {amount} op {date} geannuleerd; de boete nemen wij voor onze rekening. Groet, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Kras op de auto, krijg ik nu de schuld?',
		customer: [
			'Bij het starten van mijn rit ({order}) zag ik een flinke kras op het portier aan de bestuurderskant. Ik had haast en heb geen foto gemaakt. Nu ben ik bang dat ik ervoor moet opdraaien.',
			'Gelukkig. Moet ik nog iets invullen?'
		],
		hero: [
			'Hoi {customer}, goed dat je het laat weten. De vorige gebruiker had deze schade al gemeld, dus die wordt niet aan jou toegerekend.',
			'Nee, je hoeft niets meer te doen. Tip voor de volgende keer: via "Schade melden" in de app kun je vóór vertrek foto\'s uploaden, dan zit je altijd goed. Groet, {hero}'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Abonnement opzeggen',
		customer: [
			'Ik wil mijn {product}-abonnement opzeggen, ik verhuis binnenkort naar het buitenland.',
			'Staat er nog iets open dat ik moet betalen?',
			'Prima, bedankt voor de snelle hulp.'
		],
		hero: [
			'Hoi {customer}, jammer dat je vertrekt! Ik heb je {product} opgezegd. Het loopt nog tot en met {date} en wordt daarna niet meer verlengd.',
			'Nee, alles is betaald. Je krijgt nog een bevestiging per mail. Succes met de verhuizing! {hero}'
		]
	},
	'banking.card-blocked': {
		subject: 'Pas geblokkeerd na verkeerde pincode',
		customer: [
			'Goedemiddag, ik heb in de supermarkt drie keer een verkeerde pincode ingetoetst en nu doet mijn pas het niet meer. Hoe krijg ik hem weer werkend?',
			'Gelukt, hij werkt weer. Dank u wel!'
		],
		hero: [
			'Beste {customer}, na drie foute pogingen blokkeert de pas uit veiligheid. U kunt de blokkade zelf opheffen bij een geldautomaat van onze bank: voer de juiste pincode in en kies "Pincode deblokkeren". Een nieuwe pas is niet nodig. Met vriendelijke groet, {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Onbekende afschrijving op mijn rekening',
		customer: [
			'Ik zie een afschrijving van {amount} van "PAYPAL *DIGSTORE" die ik niet herken. Ik heb daar nooit iets gekocht. Wat moet ik doen?',
			'Ja, mijn pas heb ik gewoon nog.',
			'Het formulier is ingevuld en verstuurd.'
		],
		hero: [
			'Beste {customer}, dank voor uw melding. Heeft u uw pas nog, en heeft u onlangs uw kaartgegevens ingevuld via een link in een sms of e-mail?',
			'Ik heb uw pas voor de zekerheid geblokkeerd; er wordt automatisch een nieuwe verstuurd. Vul daarnaast in de app het formulier "Betaling betwisten" in onder kenmerk {order}, zodat wij de {amount} kunnen terugvorderen.',
			'Dank u, we hebben het ontvangen. U hoort binnen 10 werkdagen van ons wat de uitkomst is. Met vriendelijke groet, {hero}'
		]
	},
	'banking.transfer-delayed': {
		subject: 'Overboeking nog niet aangekomen',
		customer: [
			'Ik heb maandag {amount} overgemaakt naar mijn verhuurder, maar hij zegt dat er niets is binnengekomen. Kenmerk {order}. Wat is er aan de hand?',
			'Het is een Duitse rekening. Hoe lang kan het dan nog duren?'
		],
		hero: [
			'Beste {customer}, uw overboeking van {amount} is tegengehouden voor een extra controle, omdat het om een nieuwe begunstigde ging. Die controle is vanochtend afgerond en het geld is onderweg.',
			'Een SEPA-overboeking naar Duitsland is in de regel uiterlijk de volgende werkdag binnen. Heeft uw verhuurder het morgen nog niet, neem dan contact met ons op; dan starten we een onderzoek. Met vriendelijke groet, {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'Kan niet inloggen op nieuwe telefoon',
		customer: [
			'Ik heb een nieuwe telefoon en kan nu niet meer inloggen in de app. Er wordt om een activatiecode gevraagd, maar die krijg ik niet.',
			'Mijn oude telefoon heb ik ingeleverd, die heb ik dus niet meer.'
		],
		hero: [
			'Beste {customer}, de activatiecode wordt getoond in de app op uw oude toestel. Heeft u die telefoon nog?',
			'Dan kunt u de app activeren met uw pas en de scanner, of wij sturen een activatiecode per post naar uw woonadres. Die brief heb ik alvast aangevraagd; u heeft hem binnen 2 werkdagen. Met vriendelijke groet, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Afschriften nodig voor hypotheekgesprek',
		customer: [
			'Goedendag, voor mijn gesprek met de hypotheekadviseur op {date} heb ik de afschriften van de laatste drie maanden en het jaaroverzicht van vorig jaar nodig. Kunnen jullie het jaaroverzicht ook op papier met stempel sturen?',
			'De pdf\'s heb ik gevonden, dank. Maar mijn vraag over de gestempelde versie is nog niet beantwoord, en {date} komt snel dichterbij.'
		],
		hero: [
			'Beste {customer}, u kunt beide documenten zelf downloaden in Internet Bankieren onder "Documenten" > "Overzichten". De afschriften kunt u daar per periode als pdf opslaan. Met vriendelijke groet, {hero}'
		]
	},
	'banking.address-change': {
		subject: 'Adreswijziging doorgeven',
		customer: [
			'Ik verhuis op {date} en wil mijn nieuwe adres alvast doorgeven. Moet dat via jullie of gaat dat automatisch via de gemeente?',
			'Ik zie het nieuwe adres staan, dank u.'
		],
		hero: [
			'Beste {customer}, wijzigingen uit de Basisregistratie Personen krijgen wij automatisch door, maar dat kan een paar weken duren. Ik heb uw nieuwe adres daarom alvast ingevoerd met ingang van {date}, zodat uw post meteen goed aankomt. Met vriendelijke groet, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Hoe staat het met mijn schademelding?',
		customer: [
			'Twee weken geleden heb ik schade aan mijn auto gemeld (polisnummer {order}) en sindsdien niets meer gehoord. Hoe staat het ermee?',
			'En kan de garage daarna meteen beginnen?'
		],
		hero: [
			'Beste {customer}, excuses dat u zo lang niets van ons hebt gehoord. Uw dossier ligt bij de schade-expert, die op {date} bij u langskomt; hij belt de dag ervoor om een tijd af te spreken.',
			'Ja, als de expert de schade goedkeurt, krijgt de garage dezelfde dag bericht en kan ze direct na {date} aan de slag. Met vriendelijke groet, {hero}'
		]
	},
	'insurance.new-claim': {
		subject: 'Waterschade melden',
		customer: [
			'Gisteravond is bij de bovenburen een leiding gesprongen en nu heb ik waterschade aan het plafond en de vloer in de woonkamer. Polisnummer {order}. Hoe meld ik dit?',
			'Foto\'s zitten in de bijlage. Moet ik zelf een aannemer regelen?'
		],
		hero: [
			'Beste {customer}, wat vervelend. Ik heb de melding voor u aangemaakt. Kunt u foto\'s van de schade sturen en, als u die heeft, de gegevens van de verzekeraar van uw bovenburen?',
			'Dank voor de foto\'s. U hoeft nog niets te regelen: binnen 2 werkdagen neemt een schade-expert contact met u op voor een afspraak. Bewaar beschadigde spullen tot die tijd. Met vriendelijke groet, {hero}'
		]
	},
	'insurance.certificate-request': {
		subject: 'Verzekeringsbewijs nodig',
		customer: [
			'Ik heb voor een aanvraag een verzekeringsbewijs van mijn {product} nodig, polisnummer {order}. Kunnen jullie dat mailen?',
			'Ontvangen, dank je wel!'
		],
		hero: [
			'Beste {customer}, ik heb het verzekeringsbewijs van uw {product} zojuist naar uw e-mailadres gestuurd. U kunt het ook altijd zelf downloaden in Mijn omgeving onder "Polissen". Met vriendelijke groet, {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Premie ineens veel hoger??',
		customer: [
			'Ik kreeg bericht dat mijn premie voor de {product} (polis {order}) per 1 januari stijgt naar {amount} per maand. Ik heb geen schade gehad en er is niks veranderd, hoe kan dat?',
			'Dat is geen antwoord op mijn vraag. Waarom zoveel meer? En kan ik iets aan mijn dekking veranderen om het lager te krijgen?'
		],
		hero: [
			'Beste {customer}, premies worden jaarlijks aangepast op basis van onder meer schadekosten en inflatie. Dit geldt voor al onze klanten. Met vriendelijke groet, {hero}',
			'Excuses, u heeft gelijk: bij de {product} zijn vooral de schadekosten dit jaar fors gestegen, vandaar de {amount}. Verhoogt u het eigen risico naar 250 euro, dan daalt uw premie met ongeveer 4 euro per maand. Zal ik een offerte sturen?'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Autoverzekering stopzetten na verkoop',
		customer: [
			'Ik heb mijn auto verkocht; de koper haalt hem op {date} op. Kunnen jullie polis {order} per die dag stopzetten? En krijg ik de vooruitbetaalde premie terug?',
			'Het koopcontract zit in de bijlage.'
		],
		hero: [
			'Beste {customer}, dat kan. Stuurt u ons een kopie van het koopcontract? Dan beëindigen we de polis per {date}.',
			'Dank u, ontvangen. Uw polis {order} stopt op {date}. Met vriendelijke groet, {hero}'
		]
	},
	'insurance.add-driver': {
		subject: 'Mijn zoon als bestuurder toevoegen',
		customer: [
			'Mijn zoon heeft net zijn rijbewijs gehaald. Ik wil hem vanaf {date} als bestuurder toevoegen aan polis {order}.',
			'Hij is 18. Wat kost dat extra?'
		],
		hero: [
			'Beste {customer}, gefeliciteerd met het rijbewijs van uw zoon, dat kan zeker! Hoe oud is hij? Dan bereken ik de nieuwe premie.',
			'Voor een bestuurder van 18 wordt de premie ongeveer 22 euro per maand hoger, en bij schade geldt een extra eigen risico van 300 euro. Ik heb de offerte gemaild; zodra u akkoord geeft, is hij vanaf {date} verzekerd. Met vriendelijke groet, {hero}'
		]
	}
};
