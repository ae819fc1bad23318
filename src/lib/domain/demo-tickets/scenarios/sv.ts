import type { ScenarioTexts } from './types';

/** Swedish: every brand says "du", including banks and insurers. */
export const SV: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Var är min beställning?',
		customer: [
			'Hej! Jag lade beställning {order} förra veckan med leverans inom 2 dagar, men spårningen har stått still sedan i måndags och visar nu {date} som beräknad leveransdag. Vad har hänt?',
			'Det är en födelsedagspresent till på lördag. Går det inte snabbare?'
		],
		hero: [
			'Hej {customer}! Tråkigt att det dröjer. PostNord har haft väldigt stora volymer och paketet har fastnat på terminalen, så {date} är deras senaste bedömning.',
			'Jag förstår. Jag har skickat ett nytt paket med expressfrakt som är framme i morgon. Om det första dyker upp senare kan du bara låta bli att hämta ut det. Vänliga hälsningar, {hero}'
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Har inte fått tillbaka pengarna för min retur',
		customer: [
			'Hej, jag skickade tillbaka order {order} för två veckor sedan och enligt er sida är returen mottagen, men jag har fortfarande inte fått mina {amount}.',
			'Jag betalade med Klarna, spelar det någon roll?',
			'Okej, då vet jag. Tack!'
		],
		hero: [
			'Hej {customer}, förlåt för väntan! Returen var godkänd men återbetalningen på {amount} hade fastnat hos oss. Jag har skickat den manuellt nu, och den ska synas senast den {date}.',
			'Ja, när du har betalat med Klarna krediteras beloppet på din faktura i Klarna-appen i stället för att sättas in på ditt bankkonto. Kolla gärna där! Vänliga hälsningar, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Byta storlek',
		customer: [
			'Hej! Skorna från order {order} är för små. Jag har 42 men de här känns som en 41. Kan jag byta till 43?',
			'Måste jag skriva ut returetiketten själv? Har ingen skrivare hemma.'
		],
		hero: [
			'Hej {customer}! Absolut, jag har lagt upp ett byte till storlek 43. Det nya paret skickas så fort vi har skannat in din retur.',
			'Ingen skrivare behövs – visa bara QR-koden i mejlet hos ditt ombud så skriver de ut etiketten åt dig. Mvh {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Paketet kom trasigt',
		customer: [
			'Hej, fick paketet med order {order} i dag och kartongen var helt intryckt. Varan ({product}) är skadad. Bifogar bilder.',
			'Bilderna finns redan bifogade i mitt första mejl... Jag vill helst ha en ny.'
		],
		hero: [
			'Hej {customer}, tråkigt att höra. För att kunna hantera ärendet behöver vi bilder på skadan och förpackningen.',
			'Förlåt, du har helt rätt – nu ser jag dem. Jag har skickat ett nytt exemplar av {product} utan kostnad, det lämnar lagret i morgon. Det skadade behöver du inte skicka tillbaka. Vänliga hälsningar, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Avbryta beställning',
		customer: ['Hej! Råkade beställa två gånger i går kväll. Kan ni avbryta order {order}?', 'Toppen, tack så mycket!'],
		hero: [
			'Hej {customer}! Jag har avbrutit order {order} åt dig, den hade inte hunnit skickas. Du får tillbaka {amount} inom några bankdagar. Ha en fin dag! /{hero}'
		]
	},
	'ecommerce.promo-code': {
		subject: 'Rabattkoden fungerar inte',
		customer: [
			'Hej, koden VÄLKOMMEN15 från nyhetsbrevet nekades i kassan ("Ogiltig kod"), så jag betalade hela {amount} för order {order}. Går det att få rabatten i efterhand?',
			'Vad bra, tack!'
		],
		hero: [
			'Hej {customer}! Koden hade tyvärr gått ut dagen innan, men eftersom det inte stod något om det i nyhetsbrevet har jag återbetalat 15 % av order {order}. Pengarna syns inom några bankdagar. Mvh {hero}'
		]
	},
	'mobility.battery-empty': {
		subject: 'Sparkcykeln dog mitt i resan',
		customer: [
			'Hej, elsparkcykeln jag hyrde (resa {order}) fick slut på batteri mitt på Götgatan. Fick lämna den och gå resten. Måste jag betala för hela resan?',
			'Jag ställde den vid en busshållplats, inte mitt på trottoaren. Är det okej?'
		],
		hero: [
			'Hej {customer}, förlåt för strulet! Cykeln visade 40 % när du låste upp den, så det låter som ett batterifel. Jag har tagit bort kostnaden för resa {order}.',
			'Det är helt okej, vårt team hämtar den i dag. Tack för att du hörde av dig! /{hero}'
		]
	},
	'mobility.charged-twice': {
		subject: 'Dubbeldragning för en resa',
		customer: ['Hej! Jag har blivit dragen {amount} två gånger för gårdagens resa {order}. Kan ni fixa det?', 'När kommer pengarna tillbaka?', 'Okej, tack.'],
		hero: [
			'Hej {customer}, det stämmer – på grund av ett fel hos vår betalleverantör drogs resa {order} två gånger. Jag har återbetalat den andra dragningen på {amount}.',
			'Pengarna bör synas på ditt konto senast den {date}, beroende på din bank. Vänliga hälsningar, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Mitt konto är spärrat',
		customer: [
			'Hej, sedan i morse står det "Kontot är tillfälligt spärrat" i appen. Har ingen aning om varför, min senaste resa gick helt normalt. Jag behöver bilen till jobbet i morgon.',
			'Vadå, vilken betalning? Jag har inte fått något mejl om det.',
			'Ah, kortet gick ut förra månaden. Nu har jag lagt in det nya.'
		],
		hero: [
			'Obetald resa. Uppdatera ditt kort i appen.',
			'Betalningen för din senaste resa gick inte igenom. Kolla kortuppgifterna.',
			'Hej {customer}, nu gick betalningen igenom och spärren är borttagen. /{hero}'
		]
	},
	'mobility.parking-fine': {
		subject: 'Parkeringsbot för resa {order}?',
		customer: [
			'Hej, jag fick ett mejl om att ni drar {amount} från mitt kort den {date} för en parkeringsbot från resa {order}. Jag parkerade inom den markerade zonen i appen.',
			'Jag har en skärmdump från appen som visar "Resan avslutad" på just den platsen. Bifogar den.'
		],
		hero: [
			'Hej {customer}! Enligt GPS:en stod bilen på en boendeparkering precis utanför zonen, och det är därför kommunen har skrivit ut en bot.',
			'Tack för skärmdumpen! Där syns tydligt att appen godkände avslutet, så det är vårt fel. Jag har stoppat dragningen på {amount} som var planerad till den {date}, och boten står vi för. Vänliga hälsningar, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Repa på bilen – blir jag debiterad?',
		customer: [
			'Hej, när jag startade min bokning {order} såg jag en stor repa på förardörren. Hann inte ta några bilder och nu är jag orolig att ni tror att det var jag.',
			'Skönt! Behöver jag fylla i något?'
		],
		hero: [
			'Hej {customer}! Tack för att du säger till. Skadan rapporterades redan av föregående förare, så den kommer inte att kopplas till dig.',
			'Nej, du behöver inte göra något mer. Tips till nästa gång: under "Rapportera skada" i appen kan du ladda upp bilder innan du kör iväg. /{hero}'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Säga upp {product}',
		customer: ['Hej! Jag vill säga upp mitt abonnemang {product}, jag flyttar utomlands nästa månad.', 'Finns det något kvar att betala?'],
		hero: [
			'Hej {customer}, vad synd att du lämnar oss! Ditt abonnemang {product} är nu uppsagt och gäller till och med den {date}, sedan förnyas det inte.',
			'Nej, allt är betalt. Du får en bekräftelse på mejlen. Lycka till med flytten! /{hero}'
		]
	},
	'banking.card-blocked': {
		subject: 'Kortet spärrat efter fel PIN',
		customer: ['Hej, jag slog fel PIN-kod tre gånger i en butik och nu fungerar inte kortet. Hur låser jag upp det?', 'Nu funkar det, tack!'],
		hero: [
			'Hej {customer}! Kortet spärras automatiskt efter tre felaktiga försök. Du kan låsa upp det i appen under Kort > Lås upp PIN och bekräfta med BankID. Vänliga hälsningar, {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Okänd dragning på mitt konto',
		customer: [
			'Hej, jag ser en dragning på {amount} från "PAYPAL *DIGSTORE" som jag inte känner igen. Jag har aldrig handlat där. Vad gör jag?',
			'Ja, kortet har jag kvar.',
			'Har skickat in blanketten.'
		],
		hero: [
			'Hej {customer}, tack för att du hör av dig. Har du kvar kortet, och har du nyligen fyllt i dina kortuppgifter via en länk i ett sms eller mejl?',
			'Jag har spärrat kortet för säkerhets skull och ett nytt skickas automatiskt. Jag har också öppnat en reklamation med ärendenummer {order}; fyll i blanketten under Kort > Bestrid köp i appen, så kan vi kräva tillbaka de {amount}.',
			'Vi har tagit emot den. Du får besked inom 10 bankdagar. Vänliga hälsningar, {hero}'
		]
	},
	'banking.transfer-delayed': {
		subject: 'Överföringen har inte kommit fram',
		customer: [
			'Hej, i måndags skickade jag {amount} till min hyresvärd, men han säger att ingenting har kommit in. Referens {order}.',
			'Det är ett konto i Tyskland. Hur lång tid kan det ta?'
		],
		hero: [
			'Hej {customer}! Jag ser att överföringen på {amount} stoppades för en extra kontroll eftersom mottagaren var ny. Kontrollen blev klar i morse och pengarna är skickade.',
			'En SEPA-betalning till Tyskland är normalt framme senast nästa bankdag. Har pengarna inte kommit fram i morgon får du gärna höra av dig, så startar vi en efterforskning. Vänliga hälsningar, {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'Kan inte logga in efter telefonbyte',
		customer: [
			'Hej, jag har bytt telefon och nu kommer jag inte in i appen. BankID funkar i andra appar men hos er står det bara "Något gick fel".',
			'Version 8.2. Jag har redan avinstallerat och installerat om.'
		],
		hero: [
			'Hej {customer}, tråkigt att det strular! Vilken version av appen har du? Du hittar den under Inställningar > Om appen.',
			'Tack! Det finns en ny version (8.3) som löser just det här felet efter telefonbyte. Uppdatera i App Store eller Google Play, så ska det fungera. Mvh {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Kontoutdrag till bolånemöte',
		customer: [
			'Hej! Jag har möte om bolån den {date} och behöver kontoutdrag för de senaste sex månaderna. Kan ni mejla dem?',
			'Hittade dem, tack!'
		],
		hero: [
			'Hej {customer}, av säkerhetsskäl mejlar vi inte kontoutdrag, men du kan ladda ner dem själv i internetbanken under Konton > Kontoutdrag och välja period. Behöver du stämplade utdrag till den {date} kan jag beställa dem åt dig. Vänliga hälsningar, {hero}'
		]
	},
	'banking.address-change': {
		subject: 'Ny adress',
		customer: [
			'Hej, jag flyttar den {date}. Behöver jag meddela er min nya adress eller uppdateras den automatiskt?',
			'Okej, men jag har ett nytt kort på väg. Hamnar det på den gamla adressen?'
		],
		hero: [
			'Hej {customer}! Vi hämtar adressändringar automatiskt från Skatteverket, så när du har gjort flyttanmälan där uppdateras den hos oss från och med den {date}.',
			'Kort som skickas före flyttdagen går till den gamla adressen, men du kan lägga in en eftersändning hos PostNord. Vänliga hälsningar, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Hur går det med mitt skadeärende?',
		customer: [
			'Hej, jag anmälde en skada på bilen för två veckor sedan (försäkring {order}) och har inte hört något sedan dess. Hur går det?',
			'Kan verkstaden börja direkt efter besiktningen?'
		],
		hero: [
			'Hej {customer}! Förlåt att du inte har fått någon uppdatering. Bilen besiktigas den {date}, och besiktningsmannen ringer dagen innan för att boka en tid.',
			'Ja, om skadan godkänns får verkstaden klartecken samma dag och kan börja direkt efter den {date}. Vänliga hälsningar, {hero}'
		]
	},
	'insurance.new-claim': {
		subject: 'Vattenskada i lägenheten',
		customer: [
			'Hej, i går kväll sprack ett rör hos grannen ovanför och nu har jag vattenskador i taket och på golvet i vardagsrummet. Försäkringsnummer {order}. Hur anmäler jag det?',
			'Bilderna är bifogade. Ska jag ordna en hantverkare själv?'
		],
		hero: [
			'Hej {customer}, vad tråkigt! Jag har registrerat en skadeanmälan. Kan du skicka bilder på skadorna och, om du vet det, vilket försäkringsbolag grannen har?',
			'Tack för bilderna! Du behöver inte ordna något själv – en skadereglerare kontaktar dig inom 2 arbetsdagar för att boka ett besök. Spara gärna det som har skadats tills dess. Vänliga hälsningar, {hero}'
		]
	},
	'insurance.certificate-request': {
		subject: 'Försäkringsbevis',
		customer: ['Hej! Jag behöver ett försäkringsbevis för {product} till en ansökan. Försäkringsnummer {order}. Kan ni mejla det?', 'Fick det, tack!'],
		hero: [
			'Hej {customer}! Jag har mejlat försäkringsbrevet för {product} till dig nu. Du kan också alltid ladda ner det själv under Mina sidor > Dokument. Mvh {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Varför har priset höjts?',
		customer: [
			'Hej, jag har fått besked om att {product} ({order}) höjs till {amount} i månaden. Jag har inte haft några skador. Varför?',
			'Kan jag göra något för att få ner priset?'
		],
		hero: [
			'Hej {customer}! Höjningen till {amount} beror på att vi justerar priserna för {product} varje år utifrån bland annat högre kostnader för reparationer och vård. Den har alltså inget med dig att göra.',
			'Ja, om du höjer självrisken och betalar för helår i stället för månadsvis kan du spara runt 10 %. Vill du att jag skickar ett förslag? Vänliga hälsningar, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Säga upp bilförsäkring',
		customer: [
			'Hej! Jag har sålt bilen och ägarbytet görs den {date}. Kan ni avsluta försäkring {order} från den dagen?',
			'Får jag tillbaka det jag har betalat i förskott?'
		],
		hero: [
			'Hej {customer}! Ja, när ägarbytet registreras hos Transportstyrelsen den {date} upphör försäkringen automatiskt samma dag.',
			'Ja, det du har betalat för tiden efter den {date} betalas tillbaka inom 10 bankdagar. Vänliga hälsningar, {hero}'
		]
	},
	'insurance.add-driver': {
		subject: 'Lägga till förare',
		customer: [
			'Hej, min son har precis tagit körkort och ska låna bilen ibland. Kan ni lägga till honom som förare på försäkring {order} från och med den {date}? Och blir det dyrare?',
			'Tack, men vad kostar det?'
		],
		hero: [
			'Hej {customer}, och grattis till sonen! Jag har lagt till honom som förare från och med den {date}. Tänk på att en extra självrisk gäller om han kör och är under 24 år. Mvh {hero}'
		]
	}
};
