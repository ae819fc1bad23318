import type { ScenarioTexts } from './types';

export const DE: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Wo bleibt meine Bestellung {order}?',
		customer: [
			'Hallo, ich habe vor einer Woche bestellt, angekündigt war eine Lieferung in 2–3 Tagen. Die Sendungsverfolgung für {order} hat sich seit Montag nicht bewegt und zeigt jetzt den {date} als voraussichtlichen Liefertermin. Was ist da los?',
			'Okay, danke. Und wenn es bis dahin immer noch nicht da ist?'
		],
		hero: [
			'Hallo {customer}, bitte entschuldigen Sie die Verzögerung. Laut Versanddienstleister hängt Ihr Paket wegen des hohen Aufkommens im regionalen Verteilzentrum fest, der {date} ist die aktuelle Schätzung. {hero}',
			'Dann antworten Sie einfach auf diese Nachricht, und ich schicke Ihnen sofort Ersatz, ohne den Nachforschungsauftrag abzuwarten. Viele Grüße, {hero}'
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Erstattung für Bestellung {order} nicht erhalten',
		customer: [
			'Guten Tag, ich habe die Bestellung {order} vor fast drei Wochen zurückgeschickt und meine Erstattung über {amount} immer noch nicht erhalten. Laut Sendungsverfolgung ist das Paket seit zehn Tagen bei Ihnen.',
			'Danke. Können Sie mir das schriftlich bestätigen, falls das Geld nicht ankommt?'
		],
		hero: [
			'Hallo {customer}, das tut uns leid: Ihre Rücksendung wurde geprüft, aber die Erstattung ist in unserem System hängen geblieben. Ich habe die {amount} gerade angewiesen, das Geld sollte bis zum {date} auf Ihrer Karte sein.',
			'Natürlich, ich habe Ihnen die Erstattungsbestätigung mit der Transaktionsreferenz per E-Mail geschickt; damit kann Ihre Bank die Zahlung nachverfolgen. Freundliche Grüße, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Umtausch in eine Nummer größer',
		customer: [
			'Hallo, die Schuhe aus Bestellung {order} sind zu klein. Kann ich sie gegen eine Nummer größer umtauschen (43 statt 42)?',
			'Super, danke. Muss es der Originalkarton sein?',
			'Perfekt, vielen Dank!'
		],
		hero: [
			'Hallo {customer}, klar! Ich habe den Umtausch angelegt: Sie bekommen ein kostenloses Rücksendeetikett per E-Mail, und wir schicken die 43 los, sobald der Paketdienst Ihr Paket scannt.',
			'Jeder stabile Karton ist in Ordnung, solange die Schuhe ungetragen und in ihrem Schuhkarton sind. Schönen Tag noch, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Bestellung {order} beschädigt angekommen',
		customer: [
			'Hallo, das Paket mit der Bestellung {order} kam völlig zerdrückt an, und der Artikel {product} darin ist beschädigt. Drei Fotos hänge ich an.',
			'Danke, das ging schnell! Muss ich den beschädigten Artikel zurückschicken?'
		],
		hero: [
			'Hallo {customer}, das tut mir wirklich leid, und danke für die Fotos. Ich habe Ihnen kostenlos einen neuen Artikel {product} geschickt, er verlässt morgen unser Lager.',
			'Nein, Sie können ihn behalten oder entsorgen, wir brauchen ihn nicht zurück. Beste Grüße, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Bitte Bestellung {order} stornieren',
		customer: [
			'Hallo, ich habe heute Morgen versehentlich zweimal dasselbe bestellt. Können Sie die Bestellung {order} stornieren, bevor sie verschickt wird?',
			'Danke. Wann bekomme ich die {amount} zurück? Ich habe mit Karte bezahlt.'
		],
		hero: ['Erledigt. {hero}', 'Hallo {customer}, ein paar Tage, hängt von Ihrer Bank ab.']
	},
	'ecommerce.promo-code': {
		subject: 'Rabattcode funktioniert nicht',
		customer: [
			'Guten Tag, der Code WILLKOMMEN15 aus Ihrem Newsletter wurde an der Kasse abgelehnt, deshalb habe ich für Bestellung {order} den vollen Preis von {amount} bezahlt. Können Sie den Rabatt nachträglich gewähren? Und gilt der Code auch für reduzierte Artikel?',
			'Danke! Meine zweite Frage haben Sie aber nicht beantwortet: Gilt der Code auch für reduzierte Artikel?'
		],
		hero: [
			'Hallo {customer}, das tut mir leid! Ich habe Ihnen 15 % der Bestellung {order} auf Ihr Zahlungsmittel erstattet, das sehen Sie in ein paar Tagen. {hero}',
			'Entschuldigung, {customer}! Nein, der Willkommenscode gilt nicht für bereits reduzierte Artikel.'
		]
	},
	'mobility.battery-empty': {
		subject: 'Akku vom Scooter mitten in der Fahrt leer',
		customer: [
			'Hallo, bei meiner Fahrt {order} war der Akku des Scooters auf halber Strecke leer, obwohl die App beim Entsperren 40 % angezeigt hat. Ich musste ihn 2 km schieben.',
			'Danke. Ist die Zeit, in der ich ihn geschoben habe, auch dabei? Die Fahrt endete ja erst beim Abstellen.'
		],
		hero: [
			'Hallo {customer}, entschuldigen Sie die Umstände. Die Akkuanzeige dieses Scooters war fehlerhaft: Ich habe Ihnen die Fahrt {order} komplett erstattet und den Scooter in die Wartung geschickt. {hero}',
			'Ja, die ganze Fahrt wird erstattet, auch die letzten Minuten.'
		]
	},
	'mobility.charged-twice': {
		subject: 'Doppelt abgebucht für Fahrt {order}',
		customer: ['Hallo, mir wurden für dieselbe Fahrt gestern ({order}) zweimal {amount} abgebucht. Bitte erstatten Sie die zweite Zahlung.', 'Perfekt, danke!'],
		hero: [
			'Hallo {customer}, danke für den Hinweis: Ich sehe die doppelte Zahlung, die durch eine Störung bei unserem Zahlungsdienstleister entstanden ist. Ich habe Ihnen {amount} erstattet, der Betrag sollte bis zum {date} auf Ihrer Karte sein. Viele Grüße, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Konto gesperrt, kann nichts entsperren',
		customer: [
			'Hallo, laut App ist mein Konto gesperrt und ich kann kein Fahrzeug entsperren. Ich habe nichts falsch gemacht, was ist da los?',
			'Ich habe die Karte vor einer Stunde aktualisiert, und es ist immer noch gesperrt.'
		],
		hero: ['Hallo {customer}, Ihre hinterlegte Karte ist abgelaufen. Bitte in der App aktualisieren. {hero}', 'Einmal ab- und wieder anmelden.']
	},
	'mobility.parking-fine': {
		subject: 'Strafzettel zur Fahrt {order}',
		customer: [
			'Hallo, Sie haben mir per E-Mail mitgeteilt, dass {amount} für einen Strafzettel aus der Fahrt {order} am {date} von meiner Karte abgebucht werden. Ich habe die Fahrt aber in einer markierten Zone beendet und das Abschlussfoto gemacht, wie die App es verlangt.',
			'Danke. Erfahre ich, wie es ausgeht?'
		],
		hero: [
			'Hallo {customer}, danke für die Erklärung. Ihr Foto zeigt das Auto korrekt geparkt, daher habe ich bei der Stadt Einspruch gegen das Bußgeld eingelegt und die für den {date} geplante Abbuchung gestoppt.',
			'Ja, wir melden uns per E-Mail, sobald die Stadt antwortet, meist innerhalb von vier Wochen. Freundliche Grüße, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Auto schon vor meiner Fahrt beschädigt',
		customer: [
			'Hallo, das Auto meiner Buchung {order} hat einen tiefen Kratzer an der hinteren Tür und einen gesprungenen Spiegel. Ich bin noch nicht losgefahren und möchte das vorher melden.',
			'Erledigt, die Fotos sind hochgeladen. Kann ich sicher sein, dass mir das später nicht berechnet wird?'
		],
		hero: [
			'Hallo {customer}, gut, dass Sie das vor der Fahrt melden. Machen Sie bitte Fotos und laden Sie sie in der App unter „Schaden melden“ hoch, dann können Sie los. {hero}',
			'Ja: Der Schaden ist jetzt mit Zeitstempel vor Ihrer Fahrt am Fahrzeug vermerkt und wird Ihnen nicht zugeordnet. Gute Fahrt!'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Abo {product} kündigen',
		customer: [
			'Hallo, ich ziehe ins Ausland und möchte mein Abo {product} kündigen. Bekomme ich einen Teil der Gebühr für diesen Monat zurück?',
			'Okay, und die Erstattung für den Rest des Monats?'
		],
		hero: [
			'Hallo {customer}, ich habe Ihr Abo {product} gekündigt: Es läuft noch bis zum {date} und verlängert sich danach nicht. {hero}',
			'Der laufende Monat wird nicht erstattet.'
		]
	},
	'banking.card-blocked': {
		subject: 'Karte auf Reisen gesperrt',
		customer: [
			'Hallo, meine Karte wurde in einer Apotheke in Lissabon abgelehnt, und laut App ist sie gesperrt. Ich bin noch bis nächste Woche unterwegs und brauche sie dringend.',
			'Ja, das war ich.',
			'Funktioniert wieder, vielen Dank!'
		],
		hero: [
			'Guten Tag {customer}, die Karte wurde automatisch gesperrt, weil die Zahlung ungewöhnlich wirkte. Können Sie bestätigen, dass Sie heute gegen 14 Uhr in einer Apotheke in Lissabon bezahlen wollten?',
			'Danke für die Bestätigung. Ich habe die Karte entsperrt und Ihre Reise nach Portugal vermerkt, sie sollte sofort wieder funktionieren. Gute Reise! {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Kartenzahlung, die ich nicht kenne',
		customer: [
			'Guten Tag, auf meinem Konto ist eine Kartenzahlung von gestern über {amount} an DIGISERV*ONLINE, die ich nie getätigt habe. Was soll ich tun?',
			'Danke. Bekomme ich das Geld zurück, und wie lange dauert das?'
		],
		hero: [
			'Hallo {customer}, danke, dass Sie sich so schnell melden. Ich habe Ihre Karte gesperrt, eine neue bestellt und für die {amount} eine Reklamation unter der Referenz {order} eröffnet. {hero}',
			'Wenn die Prüfung den Betrug bestätigt, wird Ihnen der Betrag wieder gutgeschrieben, in der Regel innerhalb von 10 Werktagen. Wir halten Sie per E-Mail auf dem Laufenden.'
		]
	},
	'banking.transfer-delayed': {
		subject: 'Überweisung {order} nicht angekommen',
		customer: [
			'Ich habe am Montag {amount} an meine Schwester überwiesen (Referenz {order}), und bei ihr ist immer noch nichts angekommen. In der App steht die Überweisung als ausgeführt.',
			'Heute ist Donnerstag. Können Sie bitte nachsehen, wo das Geld ist?'
		],
		hero: [
			'Überweisungen an andere Banken dauern 1–2 Werktage.',
			'Hallo {customer}, entschuldigen Sie meine knappe Antwort vorhin. Ich habe die Überweisung {order} geprüft: Sie wurde für eine routinemäßige Sicherheitsprüfung angehalten und heute Morgen freigegeben, Ihre Schwester sollte das Geld heute erhalten. {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'Kein Login ins Onlinebanking möglich',
		customer: [
			'Hallo, ich habe mein Passwort vergessen, und der Link zum Zurücksetzen aus Ihrer E-Mail ist schon abgelaufen. Können Sie mir helfen?',
			'Hat geklappt, danke! Muss ich die App auch neu einrichten?'
		],
		hero: [
			'Hallo {customer}, kein Problem. Ich habe Ihnen einen neuen Link geschickt; er ist 30 Minuten gültig, nutzen Sie ihn also am besten gleich.',
			'Nein, die App fragt beim nächsten Öffnen einfach nach Ihrem neuen Passwort. Viele Grüße, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Kontoauszüge für meine Baufinanzierung',
		customer: [
			'Guten Tag, ich brauche meine Kontoauszüge der letzten 12 Monate für meinen Finanzierungstermin am {date}. Könnten Sie mir zusätzlich eine abgestempelte Papierkopie per Post schicken?',
			'Danke. Und die abgestempelte Papierkopie?'
		],
		hero: [
			'Hallo {customer}, ich habe die Auszüge der letzten 12 Monate erstellt, Sie finden sie im Onlinebanking unter Dokumente. Freundliche Grüße, {hero}',
			'Entschuldigung, das hatte ich übersehen. Ich habe die abgestempelte Kopie beauftragt; sie geht innerhalb von 3 Werktagen raus und sollte vor dem {date} bei Ihnen sein.'
		]
	},
	'banking.address-change': {
		subject: 'Neue Adresse ab dem {date}',
		customer: [
			'Hallo, ich ziehe am {date} um. Kann ich Ihnen meine neue Adresse einfach hier schicken, damit Sie sie in meinem Konto ändern?',
			'Okay, in der App erledigt. Geht meine neue Karte dann an die neue Adresse?'
		],
		hero: [
			'Hallo {customer}, aus Sicherheitsgründen können wir Adressen nicht per Nachricht ändern. Bitte aktualisieren Sie sie in der App unter Profil > Persönliche Daten, das dauert zwei Minuten.',
			'Ja, alle Briefe und Karten, die nach dem {date} verschickt werden, gehen an Ihre neue Adresse. Danke, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Stand meiner Wasserschadenmeldung',
		customer: [
			'Guten Tag, ich habe vor drei Wochen einen Wasserschaden in meiner Küche gemeldet (Vertrag {order}) und seitdem nichts mehr gehört. Wie ist der Stand?',
			'Okay. Darf ich schon mit den Reparaturen anfangen, oder muss ich den Termin abwarten?',
			'Verstanden, danke.'
		],
		hero: [
			'Hallo {customer}, danke für Ihre Geduld. Ihr Fall liegt beim Gutachter, der am {date} zu Ihnen kommt; er ruft Sie am Vortag an, um die Uhrzeit abzustimmen. {hero}',
			'Warten Sie nach Möglichkeit den Termin ab. Wenn etwas dringend ist, halten Sie alle Arbeiten mit Fotos und Rechnungen fest, dann können sie trotzdem übernommen werden.'
		]
	},
	'insurance.new-claim': {
		subject: 'Fahrrad gestohlen: Wie melde ich den Schaden?',
		customer: [
			'Hallo, mein Fahrrad wurde letzte Nacht aus dem abgeschlossenen Keller unseres Hauses gestohlen. Meine Vertragsnummer ist {order}. Wie melde ich den Schaden?',
			'Hier sind beide Dokumente. Gibt es eine Selbstbeteiligung?'
		],
		hero: [
			'Hallo {customer}, das ist wirklich ärgerlich. Ich habe die Schadenmeldung für Sie angelegt: Bitte schicken Sie uns als Antwort die polizeiliche Anzeige und den Kaufbeleg des Fahrrads. {hero}',
			'Danke, beides ist angekommen. Ja, die Selbstbeteiligung beträgt 10 % der Entschädigung; der Rest wird nach Freigabe des Schadens ausgezahlt.'
		]
	},
	'insurance.certificate-request': {
		subject: 'Versicherungsbestätigung benötigt',
		customer: [
			'Guten Tag, ich brauche für einen Antrag bei einer Behörde eine Versicherungsbestätigung zu meinem Vertrag {product} ({order}). Können Sie mir eine schicken?',
			'Habe ich versucht, aber ich finde sie nirgends. Wo genau ist sie?'
		],
		hero: [
			'Die können Sie im Kundenportal herunterladen.',
			'Hallo {customer}, Entschuldigung, hier der genaue Weg: Meine Verträge > {order} > Dokumente. Ich habe sie Ihnen außerdem an diese Nachricht angehängt. {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Warum steigt mein Beitrag?',
		customer: [
			'Hallo, laut Beitragsrechnung steigt mein Beitrag für {product} (Vertrag {order}) auf {amount} im Monat. Ich hatte keinen einzigen Schaden, warum also die Erhöhung?',
			'Das ist viel. Kann ich irgendwie weniger zahlen?'
		],
		hero: [
			'Hallo {customer}, ich verstehe Ihre Überraschung. Die Erhöhung hat nichts mit Ihnen zu tun: Reparatur- und Gesundheitskosten sind marktweit gestiegen, und sie gilt dieses Jahr für alle Verträge {product}.',
			'Sie könnten eine höhere Selbstbeteiligung wählen oder jährlich statt monatlich zahlen, zusammen spart das etwa 10 %. Soll ich Ihnen ein Angebot schicken? Freundliche Grüße, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Kündigung Vertrag {order}: Auto verkauft',
		customer: [
			'Guten Tag, ich habe mein Auto verkauft, der Käufer holt es am {date} ab. Bitte kündigen Sie den Vertrag {order} zu diesem Tag. Brauchen Sie den Kaufvertrag, und bekomme ich den im Voraus gezahlten Beitrag zurück?',
			'Anbei. Zum im Voraus gezahlten Beitrag haben Sie allerdings nichts gesagt.'
		],
		hero: ['Hallo {customer}, ja, bitte schicken Sie uns eine Kopie des Kaufvertrags, dann beenden wir den Vertrag zum {date}. {hero}']
	},
	'insurance.add-driver': {
		subject: 'Meinen Sohn als Fahrer eintragen',
		customer: [
			'Hallo, mein Sohn hat gerade die Führerscheinprüfung bestanden. Ich möchte ihn ab dem {date} als Fahrer in den Vertrag {order} aufnehmen.',
			'Erledigt. Wie viel teurer wird es?'
		],
		hero: [
			'Hallo {customer}, herzlichen Glückwunsch an ihn! Schicken Sie uns bitte seinen vollständigen Namen, sein Geburtsdatum und eine Kopie des Führerscheins, dann bereite ich das neue Angebot vor.',
			'Als Fahranfänger erhöht er den Beitrag um etwa 35 %; das genaue Angebot habe ich Ihnen per E-Mail geschickt. Sobald Sie es annehmen, ist er ab dem {date} versichert. Viele Grüße, {hero}'
		]
	}
};
