import type { ScenarioTexts } from './types';

/** Dates read "il giorno {date}": a bare "il {date}" would be wrong before 8 and 11 ("l'8 marzo"). */
export const IT: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: "Dov'è il mio ordine {order}?",
		customer: [
			"Buongiorno, ho ordinato una settimana fa e sul sito la consegna era indicata in 2-3 giorni. Il tracciamento dell'ordine {order} è fermo da lunedì e ora indica come consegna prevista il giorno {date}. Cosa sta succedendo?",
			'Va bene, grazie. E se per quel giorno non fosse ancora arrivato?'
		],
		hero: [
			"Gentile {customer}, ci scusiamo per il ritardo. Il corriere mi conferma che il pacco è fermo nel suo centro di smistamento regionale per l'alto volume di spedizioni, e il giorno {date} è la sua stima più recente. {hero}",
			"In quel caso risponda pure a questo messaggio e le spedisco subito un sostituto, senza aspettare l'esito della verifica del corriere. Cordiali saluti, {hero}"
		]
	},
	'ecommerce.refund-not-received': {
		subject: "Rimborso dell'ordine {order} non ricevuto",
		customer: [
			"Buongiorno, ho restituito l'ordine {order} quasi tre settimane fa e non ho ancora ricevuto il rimborso di {amount}. Dal tracciamento risulta che il pacco vi è stato consegnato dieci giorni fa.",
			'Grazie. Potete mandarmi qualcosa di scritto nel caso non arrivasse?'
		],
		hero: [
			'Gentile {customer}, ci scusiamo: il reso è stato controllato, ma il rimborso si era bloccato nel nostro sistema. Ho appena disposto il rimborso di {amount}, che dovrebbe comparire sulla sua carta entro il giorno {date}.',
			'Certo, le ho inviato via e-mail la conferma del rimborso con il codice della transazione: con quello la sua banca può rintracciare il pagamento. Cordiali saluti, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Cambio con un numero più grande',
		customer: [
			"Buongiorno, le scarpe dell'ordine {order} sono troppo piccole. Posso cambiarle con un numero in più (43 invece di 42)?",
			'Ottimo, grazie. Serve per forza la scatola originale?',
			'Perfetto, grazie mille!'
		],
		hero: [
			"Gentile {customer}, certo! Ho creato il cambio: riceverà via e-mail un'etichetta di reso prepagata e spediremo il 43 appena il corriere avrà scansionato il pacco.",
			'Va bene qualsiasi scatola resistente, purché le scarpe non siano state indossate e siano nella loro confezione. Buona giornata, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Ordine {order} arrivato danneggiato',
		customer: [
			"Buongiorno, il pacco dell'ordine {order} è arrivato schiacciato e l'articolo {product} all'interno è danneggiato. Allego tre foto.",
			'Grazie, velocissimi! Devo rispedire quello danneggiato?'
		],
		hero: [
			'Gentile {customer}, ci dispiace davvero, e grazie per le foto. Le ho spedito gratuitamente un nuovo articolo {product}, che lascerà il nostro magazzino domani.',
			'No, può tenerlo o smaltirlo, non serve restituircelo. Un cordiale saluto, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: "Annullare l'ordine {order}",
		customer: [
			"Buongiorno, stamattina ho fatto lo stesso ordine due volte per errore. Potete annullare l'ordine {order} prima che venga spedito?",
			'Grazie. Quando mi verranno restituiti i {amount}? Ho pagato con carta.'
		],
		hero: ['Fatto. {hero}', 'Gentile {customer}, qualche giorno, dipende dalla banca.']
	},
	'ecommerce.promo-code': {
		subject: 'Codice sconto non accettato',
		customer: [
			"Buongiorno, il codice BENVENUTO15 della vostra newsletter è stato rifiutato al pagamento, quindi ho pagato l'intero importo di {amount} per l'ordine {order}. Potete applicare lo sconto lo stesso? E il codice vale anche sui prodotti in saldo?",
			'Grazie! Però non ha risposto alla mia seconda domanda: il codice vale sui prodotti in saldo?'
		],
		hero: [
			"Gentile {customer}, ci scusiamo per l'inconveniente! Le ho rimborsato il 15% dell'ordine {order} sul metodo di pagamento utilizzato; lo vedrà tra qualche giorno. {hero}",
			'Mi scusi, {customer}! No, il codice di benvenuto non è valido sui prodotti già scontati.'
		]
	},
	'mobility.battery-empty': {
		subject: 'Monopattino scarico a metà corsa',
		customer: [
			"Buongiorno, il monopattino si è scaricato a metà della corsa {order}, anche se allo sblocco l'app indicava il 40%. Ho dovuto spingerlo per 2 km.",
			"Grazie. È incluso anche il tempo in cui l'ho spinto? La corsa si è chiusa solo quando l'ho parcheggiato."
		],
		hero: [
			"Gentile {customer}, ci scusiamo per il disagio. L'indicatore della batteria di quel monopattino era difettoso: le ho rimborsato per intero la corsa {order} e il mezzo è stato mandato in manutenzione. {hero}",
			"Sì, viene rimborsata l'intera corsa, compresi quegli ultimi minuti."
		]
	},
	'mobility.charged-twice': {
		subject: 'Addebito doppio per la corsa {order}',
		customer: ['Buongiorno, ieri mi avete addebitato due volte {amount} per la stessa corsa ({order}). Vi chiedo di rimborsare il secondo pagamento.', 'Perfetto, grazie!'],
		hero: [
			'Gentile {customer}, grazie per la segnalazione: vedo il doppio addebito, dovuto a un problema del nostro fornitore di pagamenti. Le ho rimborsato {amount}, che dovrebbe comparire sulla sua carta entro il giorno {date}. Cordiali saluti, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Account bloccato, non riesco a sbloccare nulla',
		customer: [
			"Buongiorno, l'app dice che il mio account è bloccato e non riesco a sbloccare nessun mezzo. Non ho fatto niente di strano, cosa succede?",
			"Ho aggiornato la carta un'ora fa ed è ancora bloccato."
		],
		hero: ["Gentile {customer}, la carta registrata è scaduta. La aggiorni nell'app. {hero}", "Esca dall'app e rientri."]
	},
	'mobility.parking-fine': {
		subject: 'Multa per divieto di sosta, corsa {order}',
		customer: [
			"Buongiorno, mi avete scritto che il giorno {date} mi addebiterete {amount} sulla carta per una multa per divieto di sosta legata alla corsa {order}. Ho chiuso la corsa in un'area consentita e ho scattato la foto finale, come chiede l'app.",
			'Grazie. Mi farete sapere come va a finire?'
		],
		hero: [
			"Gentile {customer}, grazie per la spiegazione. Dalla sua foto l'auto risulta parcheggiata correttamente, quindi ho contestato la multa al Comune e annullato l'addebito previsto per il giorno {date}.",
			'Sì, le scriveremo appena il Comune risponde, di solito entro quattro settimane. Cordiali saluti, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Auto già danneggiata prima della mia corsa',
		customer: [
			"Buongiorno, l'auto della mia prenotazione {order} ha un graffio profondo sulla portiera posteriore e uno specchietto crepato. Non ho ancora avviato il noleggio e preferisco segnalarlo prima.",
			'Fatto, foto caricate. Mi conferma che non mi verrà addebitato in seguito?'
		],
		hero: [
			"Gentile {customer}, ha fatto bene a segnalarlo prima di partire. Scatti qualche foto e la carichi nell'app alla voce «Segnala un danno», poi può avviare la corsa. {hero}",
			'Sì: il danno ora risulta registrato sul veicolo con data e ora precedenti alla sua corsa, quindi non le verrà attribuito. Buon viaggio!'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Disdetta abbonamento {product}',
		customer: [
			"Buongiorno, mi trasferisco all'estero e vorrei disdire il mio abbonamento {product}. Mi rimborsate una parte della quota di questo mese?",
			'Va bene, e il rimborso per il resto del mese?'
		],
		hero: [
			'Gentile {customer}, ho disdetto il suo abbonamento {product}: resterà attivo fino al giorno {date} e poi non verrà rinnovato. {hero}',
			'Il mese in corso non è rimborsabile.'
		]
	},
	'banking.card-blocked': {
		subject: 'Carta bloccata mentre sono in viaggio',
		customer: [
			"Buongiorno, la mia carta è stata rifiutata in una farmacia a Lisbona e l'app dice che è bloccata. Sono in viaggio fino alla settimana prossima e mi serve davvero.",
			'Sì, ero io.',
			'Ora funziona, grazie mille!'
		],
		hero: [
			'Gentile {customer}, la carta è stata bloccata automaticamente perché il pagamento sembrava insolito. Può confermarmi di aver provato a pagare oggi verso le 14 in una farmacia a Lisbona?',
			'Grazie della conferma. Ho sbloccato la carta e annotato il suo viaggio in Portogallo, quindi dovrebbe funzionare subito. Buon viaggio! {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Pagamento con carta che non riconosco',
		customer: [
			'Buongiorno, vedo un pagamento con carta di ieri di {amount} a DIGISERV*ONLINE che non ho mai fatto. Cosa devo fare?',
			'Grazie. Riavrò i soldi? E in quanto tempo?'
		],
		hero: [
			'Gentile {customer}, grazie per la segnalazione tempestiva. Ho bloccato la sua carta, ne ho richiesta una nuova e ho aperto un disconoscimento per i {amount} con riferimento {order}. {hero}',
			"Se la verifica conferma la frode, l'importo le sarà riaccreditato sul conto, di solito entro 10 giorni lavorativi. Le invieremo gli aggiornamenti via e-mail."
		]
	},
	'banking.transfer-delayed': {
		subject: 'Bonifico {order} non arrivato',
		customer: [
			"Lunedì ho mandato {amount} a mia sorella (riferimento {order}) e non le sono ancora arrivati. Nell'app il bonifico risulta eseguito.",
			'Oggi è giovedì. Potete controllare dove sono i soldi?'
		],
		hero: [
			'I bonifici verso altre banche richiedono 1-2 giorni lavorativi.',
			'Gentile {customer}, mi scusi per la risposta sbrigativa di prima. Ho controllato il bonifico {order}: era stato trattenuto per un controllo di sicurezza di routine ed è stato sbloccato stamattina, quindi sua sorella dovrebbe riceverlo oggi. {hero}'
		]
	},
	'banking.login-reset': {
		subject: "Non riesco ad accedere all'home banking",
		customer: [
			'Buongiorno, ho dimenticato la password e il link per reimpostarla che mi avete mandato via e-mail è già scaduto. Potete aiutarmi?',
			"Ha funzionato, grazie! Devo anche riconfigurare l'app?"
		],
		hero: [
			'Gentile {customer}, nessun problema. Le ho inviato un nuovo link, valido 30 minuti: le consiglio di usarlo subito.',
			"No, alla prossima apertura l'app le chiederà semplicemente la nuova password. Cordiali saluti, {hero}"
		]
	},
	'banking.statement-request': {
		subject: 'Estratti conto per il mutuo',
		customer: [
			"Buongiorno, mi servono gli estratti conto degli ultimi 12 mesi per l'appuntamento per il mutuo del giorno {date}. Potreste anche spedirmene per posta una copia cartacea timbrata?",
			'Grazie. E la copia cartacea timbrata?'
		],
		hero: [
			"Gentile {customer}, ho generato gli estratti conto degli ultimi 12 mesi: li trova nell'home banking, alla sezione Documenti. Cordiali saluti, {hero}",
			'Mi scusi, mi era sfuggito. Ho richiesto la copia timbrata: viene spedita entro 3 giorni lavorativi e dovrebbe arrivarle prima del giorno {date}.'
		]
	},
	'banking.address-change': {
		subject: 'Nuovo indirizzo dal giorno {date}',
		customer: [
			'Buongiorno, il giorno {date} trasloco. Posso mandarvi qui il nuovo indirizzo, così lo aggiornate sul mio conto?',
			"Va bene, fatto dall'app. La nuova carta arriverà al nuovo indirizzo?"
		],
		hero: [
			"Gentile {customer}, per motivi di sicurezza non possiamo modificare l'indirizzo tramite messaggio. La invito ad aggiornarlo nell'app, in Profilo > Dati personali: ci vogliono due minuti.",
			'Sì, la corrispondenza e le carte spedite dopo il giorno {date} andranno al nuovo indirizzo. Grazie, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Aggiornamenti sul sinistro per danni da acqua',
		customer: [
			'Buongiorno, tre settimane fa ho denunciato un danno da acqua in cucina (polizza {order}) e da allora non ho più saputo nulla. A che punto è la pratica?',
			"D'accordo. Posso già iniziare i lavori o devo aspettare il sopralluogo?",
			'Capito, grazie.'
		],
		hero: [
			"Gentile {customer}, grazie per la pazienza. La pratica è in mano al perito, che farà il sopralluogo il giorno {date}; la chiamerà il giorno prima per concordare l'orario. {hero}",
			'Se può, aspetti il sopralluogo. Se qualcosa è urgente, conservi foto e fatture di tutti i lavori, così potranno comunque essere coperti.'
		]
	},
	'insurance.new-claim': {
		subject: 'Bici rubata: come apro un sinistro?',
		customer: [
			'Buongiorno, stanotte mi hanno rubato la bici dalla cantina chiusa a chiave del mio condominio. Il numero di polizza è {order}. Come faccio a denunciare il sinistro?',
			"Ecco entrambi i documenti. C'è una franchigia?"
		],
		hero: [
			"Gentile {customer}, ci dispiace molto per l'accaduto. Ho aperto il sinistro per lei: risponda a questo messaggio allegando la denuncia alle autorità e la prova d'acquisto della bici. {hero}",
			"Grazie, li abbiamo ricevuti. Sì, c'è una franchigia del 10% sull'indennizzo; il resto viene liquidato una volta approvato il sinistro."
		]
	},
	'insurance.certificate-request': {
		subject: 'Richiesta certificato di assicurazione',
		customer: [
			'Buongiorno, mi serve un certificato di assicurazione per la mia polizza {product} ({order}) per una pratica amministrativa. Potete inviarmelo?',
			"Ho cercato, ma non lo trovo da nessuna parte. Dov'è esattamente?"
		],
		hero: [
			"Può scaricarlo dall'area clienti.",
			'Gentile {customer}, mi scusi, ecco il percorso esatto: Le mie polizze > {order} > Documenti. Glielo allego anche a questo messaggio. {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Perché è aumentato il premio?',
		customer: [
			"Buongiorno, nella lettera di rinnovo c'è scritto che il premio della mia polizza {product} ({order}) sale a {amount} al mese. Non ho mai avuto sinistri, perché questo aumento?",
			"È tanto. C'è un modo per abbassarlo?"
		],
		hero: [
			"Gentile {customer}, capisco la sua sorpresa. L'aumento non dipende da lei: i costi di riparazione e sanitari sono cresciuti su tutto il mercato e quest'anno l'adeguamento vale per tutte le polizze {product}.",
			'Potrebbe scegliere una franchigia più alta o pagare annualmente invece che mensilmente: insieme le due opzioni fanno risparmiare circa il 10%. Vuole che le invii un preventivo? Cordiali saluti, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Disdetta polizza {order}: auto venduta',
		customer: [
			"Buongiorno, ho venduto l'auto e l'acquirente la ritira il giorno {date}. Vi chiedo di chiudere la polizza {order} da quel giorno: vi serve l'atto di vendita, e mi verrà restituito il premio già pagato in anticipo?",
			'In allegato. Però non mi ha detto nulla sul premio pagato in anticipo.'
		],
		hero: ["Gentile {customer}, sì, ci invii una copia dell'atto di vendita e chiuderemo la polizza dal giorno {date}. {hero}"]
	},
	'insurance.add-driver': {
		subject: 'Aggiungere mio figlio come conducente',
		customer: [
			'Buongiorno, mio figlio ha appena preso la patente. Vorrei aggiungerlo come conducente sulla polizza {order} a partire dal giorno {date}.',
			'Inviato. Quanto costerà in più?'
		],
		hero: [
			'Gentile {customer}, complimenti a suo figlio! Ci invii nome e cognome, data di nascita e una copia della patente, e le preparo il nuovo preventivo.',
			'Da neopatentato, il premio aumenta di circa il 35%; le ho inviato il preventivo esatto via e-mail. Appena lo accetta, sarà coperto a partire dal giorno {date}. Cordiali saluti, {hero}'
		]
	}
};
