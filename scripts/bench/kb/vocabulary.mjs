// Customer-support vocabulary per language (src/lib/domain/access.ts LANGUAGES), for generated
// knowledge-base articles, tickets and queries. Real words with their inflected forms (plurals,
// participles, conjugations; Polish cases), so that stemming decides what matches: a query
// "remboursée" must find articles that say "rembourser". Classes: N nouns, V verbs,
// A adjectives, F function words (mostly stop words in the language's text search configuration).

const split = (text) => text.trim().split(/\s+/);

const RAW = {
	fr: {
		N: `commande commandes livraison livraisons colis remboursement remboursements facture factures paiement paiements
			compte comptes identifiant identifiants carte cartes abonnement abonnements contrat contrats adresse adresses retour
			retours échange échanges garantie garanties produit produits article articles client clients conseiller conseillers
			réclamation réclamations demande demandes délai délais frais transporteur transporteurs suivi numéro numéros code
			codes erreur erreurs problème problèmes application applications site sites connexion connexions courriel courriels
			téléphone téléphones message messages réponse réponses dossier dossiers sinistre sinistres assurance assurances
			banque banques virement virements prélèvement prélèvements solde soldes crédit crédits prêt prêts trajet trajets
			billet billets réservation réservations annulation annulations retard retards véhicule véhicules trottinette
			trottinettes vélo vélos station stations batterie batteries tarif tarifs offre offres promotion promotions réduction
			réductions panier paniers stock stocks taille tailles couleur couleurs magasin magasins entrepôt entrepôts étiquette
			étiquettes emballage emballages reçu reçus justificatif justificatifs document documents signature signatures
			vérification vérifications sécurité fraude fraudes notification notifications horaire horaires semaine semaines jour
			jours mois heure heures`,
		V: `livrer livré livrée livrons rembourser remboursé remboursée remboursons annuler annulé annulée annulons modifier
			modifié modifiée modifions payer payé payée payons recevoir reçue recevons envoyer envoyé envoyée envoyons retourner
			retourné retournée retournons échanger échangé échangée échangeons vérifier vérifié vérifiée vérifions contacter
			contacté contactée contactons réinitialiser réinitialisé réinitialisée bloquer bloqué bloquée bloquons débloquer
			débloqué débloquée activer activé activée activons désactiver désactivé désactivée résilier résilié résiliée
			renouveler renouvelé renouvelée suivre suivie suivons confirmer confirmé confirmée confirmons valider validé validée
			télécharger téléchargé téléchargée connecter connecté connectée recharger rechargé rechargée réserver réservé
			réservée facturer facturé facturée prélever prélevé prélevée signaler signalé signalée perdre perdu perdue endommager
			endommagé endommagée`,
		A: `rapide rapides gratuit gratuite payant payante disponible disponibles indisponible valide invalide expiré expirée
			incorrect incorrecte manquant manquante urgent urgente nouveau nouvelle ancien ancienne partiel partielle complet
			complète mensuel mensuelle annuel annuelle bancaire bancaires sécurisé sécurisée standard express international
			internationale possible impossible`,
		F: `le la les un une des du de au aux et ou mais pour par avec sans dans sur sous votre vos notre nos nous vous il
			elle ce cette ces qui que est sont a ont pas ne plus si`,
		categories: ['Commandes', 'Livraison', 'Remboursements', 'Facturation', 'Compte', 'Sécurité', 'Abonnements', 'Technique']
	},
	en: {
		N: `order orders delivery deliveries parcel parcels package packages refund refunds invoice invoices payment payments
			account accounts password passwords card cards subscription subscriptions contract contracts address addresses return
			returns exchange exchanges warranty warranties product products item items customer customers agent agents complaint
			complaints request requests deadline deadlines fee fees carrier carriers tracking number numbers code codes error
			errors problem problems app apps website websites login logins email emails phone phones message messages reply
			replies case cases claim claims insurance policy policies bank banks transfer transfers debit debits balance balances
			credit credits loan loans trip trips ticket tickets booking bookings cancellation cancellations delay delays vehicle
			vehicles scooter scooters bike bikes station stations battery batteries price prices offer offers promotion
			promotions discount discounts voucher vouchers basket baskets stock size sizes colour colours store stores warehouse
			warehouses label labels packaging receipt receipts document documents signature signatures verification security
			fraud notification notifications schedule schedules week weeks day days month months hour hours`,
		V: `deliver delivered delivering delivers refunded refunding cancel cancelled cancelling cancels change changed changing
			changes pay paid paying pays receive received receiving receives send sent sending sends returned returning check
			checked checking checks contact contacted contacting contacts reset resetting resets block blocked blocking blocks
			unblock unblocked unblocking activate activated activating activates deactivate deactivated deactivating terminate
			terminated terminating renew renewed renewing renews track tracked tracks confirm confirmed confirming confirms
			validate validated validating download downloaded downloading downloads sign signed signing charge charged charging
			charges book booked bill billed billing report reported reporting reports lose lost losing loses damage damaged
			damaging update updated updating updates verify verified verifying verifies`,
		A: `fast faster free available unavailable valid invalid expired incorrect missing urgent new old partial full monthly
			yearly secure standard express international possible wrong late broken recent`,
		F: `the a an and or but for by with without in on under your our we you it this that these which is are has have not
			no if to of from at can will`,
		categories: ['Orders', 'Delivery', 'Refunds', 'Billing', 'Account', 'Security', 'Subscriptions', 'Technical']
	},
	de: {
		N: `Bestellung Bestellungen Lieferung Lieferungen Paket Pakete Rückerstattung Rückerstattungen Rechnung Rechnungen
			Zahlung Zahlungen Konto Konten Passwort Passwörter Karte Karten Abonnement Abonnements Vertrag Verträge Adresse
			Adressen Rücksendung Rücksendungen Umtausch Garantie Garantien Produkt Produkte Artikel Kunde Kunden Mitarbeiter
			Beschwerde Beschwerden Anfrage Anfragen Frist Fristen Gebühr Gebühren Versanddienstleister Sendungsverfolgung Nummer
			Nummern Code Codes Fehler Problem Probleme App Apps Webseite Webseiten Anmeldung Anmeldungen Nachricht Nachrichten
			Antwort Antworten Fall Fälle Schaden Schäden Versicherung Versicherungen Police Policen Bank Banken Überweisung
			Überweisungen Lastschrift Lastschriften Guthaben Kredit Kredite Darlehen Fahrt Fahrten Fahrkarte Fahrkarten Buchung
			Buchungen Stornierung Stornierungen Verspätung Verspätungen Fahrzeug Fahrzeuge Roller Fahrrad Fahrräder Station
			Stationen Akku Akkus Preis Preise Angebot Angebote Rabatt Rabatte Gutschein Gutscheine Warenkorb Warenkörbe Lager
			Größe Größen Farbe Farben Filiale Filialen Etikett Etiketten Verpackung Verpackungen Quittung Quittungen Dokument
			Dokumente Unterschrift Unterschriften Prüfung Prüfungen Sicherheit Betrug Benachrichtigung Benachrichtigungen Woche
			Wochen Tag Tage Monat Monate Stunde Stunden Kundenkonto Kundenkonten Lieferadresse Lieferadressen Kreditkarte
			Kreditkarten Zahlungsart Zahlungsarten`,
		V: `liefern geliefert liefert lieferte erstatten erstattet erstattete stornieren storniert stornierte ändern geändert
			ändert änderte zahlen gezahlt zahlt zahlte erhalten erhält erhielt senden gesendet sendet zurücksenden
			zurückgesendet umtauschen umgetauscht prüfen geprüft prüft kontaktieren kontaktiert zurücksetzen zurückgesetzt
			sperren gesperrt sperrt entsperren entsperrt aktivieren aktiviert deaktivieren deaktiviert kündigen gekündigt kündigt
			verlängern verlängert verfolgen verfolgt bestätigen bestätigt herunterladen heruntergeladen anmelden angemeldet
			abbuchen abgebucht buchen gebucht bucht berechnen berechnet melden gemeldet meldet verlieren verloren verliert
			beschädigen beschädigt aktualisieren aktualisiert bezahlen bezahlt`,
		A: `schnell schnelle kostenlos kostenlose verfügbar verfügbare ungültig ungültige gültig abgelaufen abgelaufene falsch
			falsche fehlend fehlende dringend dringende neu neue neuen alt alte teilweise vollständig vollständige monatlich
			monatliche jährlich jährliche sicher sichere international internationale möglich unmöglich spät defekt defekte`,
		F: `der die das den dem des ein eine einen und oder aber für mit ohne in auf unter Ihr Ihre wir Sie es dieser diese
			welche ist sind hat haben nicht kein wenn zu von bei kann wird`,
		categories: ['Bestellungen', 'Lieferung', 'Rückerstattung', 'Rechnungen', 'Konto', 'Sicherheit', 'Abonnements', 'Technik']
	},
	es: {
		N: `pedido pedidos entrega entregas paquete paquetes reembolso reembolsos factura facturas pago pagos cuenta cuentas
			contraseña contraseñas tarjeta tarjetas suscripción suscripciones contrato contratos dirección direcciones devolución
			devoluciones cambio cambios garantía garantías producto productos artículo artículos cliente clientes agente agentes
			reclamación reclamaciones solicitud solicitudes plazo plazos tarifa tarifas transportista transportistas seguimiento
			número números código códigos error errores problema problemas aplicación aplicaciones web sesión sesiones correo
			correos teléfono teléfonos mensaje mensajes respuesta respuestas caso casos siniestro siniestros seguro seguros póliza
			pólizas banco bancos transferencia transferencias domiciliación saldo saldos crédito créditos préstamo préstamos
			viaje viajes billete billetes reserva reservas cancelación cancelaciones retraso retrasos vehículo vehículos patinete
			patinetes bicicleta bicicletas estación estaciones batería baterías precio precios oferta ofertas descuento descuentos
			cupón cupones carrito carritos talla tallas color colores tienda tiendas almacén almacenes etiqueta etiquetas embalaje
			recibo recibos documento documentos firma firmas verificación seguridad fraude notificación notificaciones horario
			horarios semana semanas día días mes meses hora horas`,
		V: `entregar entregado entregamos reembolsar reembolsado reembolsamos cancelar cancelado cancela cancelamos modificar
			modificado modifica pagar pagado paga pagamos recibir recibido recibe recibimos enviar enviado envía enviamos
			devolver devuelto devuelve cambiar cambiado cambia comprobar comprobado comprueba contactar contactado restablecer
			restablecido bloquear bloqueado bloquea desbloquear desbloqueado activar activado activa desactivar desactivado
			renovar renovado renueva seguir seguido sigue confirmar confirmado confirma validar validado descargar descargado
			descarga conectar conectado cobrar cobrado cobra reservar reservado facturar facturado informar informado perder
			perdido pierde dañar dañado actualizar actualizado actualiza verificar verificado verifica`,
		A: `rápido rápida gratuito gratuita disponible disponibles válido válida inválido caducado caducada incorrecto
			incorrecta urgente nuevo nueva antiguo parcial completo completa mensual anual estándar internacional posible
			imposible roto rota`,
		F: `el la los las un una unos y o pero para por con sin en sobre su sus nuestro nosotros usted ustedes este esta estos
			que es son ha han no si de del al puede será`,
		categories: ['Pedidos', 'Envíos', 'Reembolsos', 'Facturación', 'Cuenta', 'Seguridad', 'Suscripciones', 'Técnico']
	},
	it: {
		N: `ordine ordini consegna consegne pacco pacchi rimborso rimborsi fattura fatture pagamento pagamenti account password
			carta carte abbonamento abbonamenti contratto contratti indirizzo indirizzi reso resi cambio cambi garanzia garanzie
			prodotto prodotti articolo articoli cliente clienti operatore operatori reclamo reclami richiesta richieste termine
			termini costo costi corriere corrieri spedizione spedizioni numero numeri codice codici errore errori problema
			problemi applicazione applicazioni sito siti accesso accessi messaggio messaggi risposta risposte pratica pratiche
			sinistro sinistri assicurazione assicurazioni polizza polizze banca banche bonifico bonifici addebito addebiti saldo
			saldi credito crediti prestito prestiti viaggio viaggi biglietto biglietti prenotazione prenotazioni cancellazione
			ritardo ritardi veicolo veicoli monopattino monopattini bicicletta biciclette stazione stazioni batteria batterie
			prezzo prezzi offerta offerte sconto sconti buono buoni carrello carrelli taglia taglie colore colori negozio negozi
			magazzino magazzini etichetta etichette imballaggio ricevuta ricevute documento documenti firma firme verifica
			verifiche sicurezza frode frodi notifica notifiche orario orari settimana settimane giorno giorni mese mesi ora ore`,
		V: `consegnare consegnato consegniamo rimborsare rimborsato rimborsiamo annullare annullato annulla modificare
			modificato modifica pagare pagato paga paghiamo ricevere ricevuto riceve inviare inviato invia inviamo restituire
			restituito restituisce cambiare cambiato cambia controllare controllato controlla contattare contattato reimpostare
			reimpostato bloccare bloccato blocca sbloccare sbloccato attivare attivato attiva disattivare disattivato disdire
			disdetto rinnovare rinnovato rinnova tracciare tracciato confermare confermato conferma scaricare scaricato scarica
			collegare collegato addebitare addebitato prenotare prenotato prenota fatturare fatturato segnalare segnalato
			segnala perdere perso perde danneggiare danneggiato aggiornare aggiornato aggiorna verificare verificato`,
		A: `veloce veloci gratuito gratuita disponibile disponibili valido valida scaduto scaduta errato errata mancante
			mancanti urgente urgenti nuovo nuova vecchio parziale completo completa mensile annuale sicuro sicura standard
			internazionale possibile impossibile rotto rotta`,
		F: `il lo la i gli le un una e o ma per con senza in su sotto suo sua nostro noi voi questo questa che è sono ha hanno
			non se di del al può sarà`,
		categories: ['Ordini', 'Spedizioni', 'Rimborsi', 'Fatturazione', 'Account', 'Sicurezza', 'Abbonamenti', 'Assistenza tecnica']
	},
	nl: {
		N: `bestelling bestellingen levering leveringen pakket pakketten terugbetaling terugbetalingen factuur facturen betaling
			betalingen account accounts wachtwoord wachtwoorden kaart kaarten abonnement abonnementen contract contracten adres
			adressen retour retouren ruil garantie product producten artikel artikelen klant klanten medewerker medewerkers
			klacht klachten verzoek verzoeken termijn termijnen kosten bezorger bezorgers zending zendingen nummer nummers code
			codes fout fouten probleem problemen app website websites inlog mail telefoon bericht berichten antwoord antwoorden
			dossier dossiers schade verzekering verzekeringen polis polissen bank banken overschrijving overschrijvingen incasso
			saldo krediet lening leningen rit ritten kaartje kaartjes reservering reserveringen annulering annuleringen
			vertraging vertragingen voertuig voertuigen scooter scooters fiets fietsen station stations accu prijs prijzen
			aanbieding aanbiedingen korting kortingen tegoedbon winkelwagen voorraad maat maten kleur kleuren winkel winkels
			magazijn etiket etiketten verpakking bon bonnen document documenten handtekening controle beveiliging fraude melding
			meldingen week weken dag dagen maand maanden uur uren`,
		V: `leveren geleverd levert terugbetalen terugbetaald annuleren geannuleerd annuleert wijzigen gewijzigd wijzigt betalen
			betaald betaalt ontvangen ontvangt versturen verstuurd verstuurt retourneren geretourneerd ruilen geruild
			controleren gecontroleerd controleert resetten gereset blokkeren geblokkeerd blokkeert deblokkeren activeren
			geactiveerd deactiveren opzeggen opgezegd verlengen verlengd volgen gevolgd volgt bevestigen bevestigd bevestigt
			downloaden gedownload inloggen ingelogd afschrijven afgeschreven reserveren gereserveerd factureren gefactureerd
			melden gemeld meldt verliezen verloren beschadigen beschadigd bijwerken bijgewerkt verifiëren geverifieerd`,
		A: `snel snelle gratis beschikbaar beschikbare geldig geldige ongeldig verlopen onjuist onjuiste ontbrekend
			ontbrekende dringend dringende nieuw nieuwe oud oude gedeeltelijk volledig volledige maandelijks jaarlijks veilig
			veilige standaard internationaal internationale mogelijk onmogelijk kapot`,
		F: `de het een en of maar voor door met zonder in op onder uw ons wij u dit deze die dat is zijn heeft hebben niet geen
			als te van bij kan wordt`,
		categories: ['Bestellingen', 'Bezorging', 'Terugbetalingen', 'Facturatie', 'Account', 'Beveiliging', 'Abonnementen', 'Techniek']
	},
	pt: {
		N: `encomenda encomendas pedido pedidos entrega entregas pacote pacotes reembolso reembolsos fatura faturas pagamento
			pagamentos conta contas senha senhas cartão cartões assinatura assinaturas contrato contratos endereço endereços
			devolução devoluções troca trocas garantia garantias produto produtos artigo artigos cliente clientes atendente
			atendentes reclamação reclamações solicitação solicitações prazo prazos taxa taxas transportadora transportadoras
			rastreamento número números código códigos erro erros problema problemas aplicativo aplicativos site sites login email
			telefone telefones mensagem mensagens resposta respostas processo processos sinistro sinistros seguro seguros apólice
			apólices banco bancos transferência transferências débito débitos saldo saldos crédito créditos empréstimo
			empréstimos viagem viagens bilhete bilhetes reserva reservas cancelamento cancelamentos atraso atrasos veículo
			veículos trotinete trotinetes bicicleta bicicletas estação estações bateria baterias preço preços oferta ofertas
			desconto descontos cupão cupões carrinho estoque tamanho tamanhos cor cores loja lojas armazém etiqueta etiquetas
			embalagem embalagens recibo recibos documento documentos verificação segurança fraude fraudes notificação
			notificações horário horários semana semanas dia dias mês meses hora horas`,
		V: `entregar entregue entregamos reembolsar reembolsado cancelar cancelado cancela alterar alterado altera pagar pago paga
			pagamos receber recebido recebe enviar enviado envia enviamos devolver devolvido devolve trocar trocado troca
			verificar verificado verifica contactar contactado redefinir redefinido bloquear bloqueado bloqueia desbloquear
			desbloqueado ativar ativado ativa desativar desativado renovar renovado renova rastrear rastreado confirmar
			confirmado confirma validar validado descarregar descarregado conectar conectado cobrar cobrado cobra reservar
			reservado faturar faturado comunicar comunicado perder perdido perde danificar danificado atualizar atualizado
			atualiza`,
		A: `rápido rápida gratuito gratuita disponível disponíveis válido válida inválido expirado expirada incorreto incorreta
			urgente novo nova antigo antiga parcial completo completa mensal anual segura padrão internacional possível
			impossível danificada`,
		F: `o a os as um uma e ou mas para por com sem em sobre seu sua nosso nós você vocês este esta que é são tem têm não se
			de do da ao pode será`,
		categories: ['Encomendas', 'Entregas', 'Reembolsos', 'Faturação', 'Conta', 'Segurança', 'Assinaturas', 'Técnico']
	},
	pl: {
		N: `zamówienie zamówienia zamówień dostawa dostawy dostawę paczka paczki paczkę zwrot zwroty zwrotu faktura faktury
			fakturę płatność płatności konto konta hasło hasła karta karty kartę subskrypcja subskrypcji umowa umowy umowę adres
			adresu wymiana wymiany gwarancja gwarancji produkt produkty produktu klient klienci klienta konsultant reklamacja
			reklamacji reklamację wniosek wniosku termin terminu opłata opłaty kurier kuriera przesyłka przesyłki przesyłkę numer
			numeru kod kodu błąd błędu problem problemu aplikacja aplikacji strona strony logowanie wiadomość wiadomości
			odpowiedź szkoda szkody ubezpieczenie ubezpieczenia polisa polisy bank banku przelew przelewu saldo kredyt kredytu
			pożyczka podróż bilet bilety biletu rezerwacja rezerwacji anulowanie opóźnienie opóźnienia pojazd hulajnoga
			hulajnogi rower roweru stacja stacji bateria baterii cena ceny oferta oferty rabat rabatu kupon koszyk rozmiar kolor
			sklep sklepu magazyn etykieta opakowanie paragon paragonu dokument dokumenty podpis weryfikacja weryfikacji
			bezpieczeństwo oszustwo powiadomienie powiadomienia tydzień tygodnia dzień dni miesiąc miesiąca godzina godziny`,
		V: `dostarczyć dostarczono dostarczymy zwrócić zwrócono zwracamy anulować anulowano anulujemy zmienić zmieniono
			zmieniamy zapłacić zapłacono płacimy otrzymać otrzymano otrzymuje wysłać wysłano wysyłamy wymienić wymieniono
			sprawdzić sprawdzono sprawdzamy skontaktować zresetować zablokować zablokowano odblokować odblokowano aktywować
			aktywowano dezaktywować wypowiedzieć przedłużyć przedłużono śledzić potwierdzić potwierdzono potwierdzamy pobrać
			pobrano zalogować obciążyć obciążono zarezerwować zgłosić zgłoszono zgubić zgubiono uszkodzić uszkodzono
			zaktualizować zweryfikować zweryfikowano`,
		A: `szybki szybka szybkiej bezpłatny bezpłatna dostępny dostępna ważny ważna nieważny wygasły błędny błędna brakujący
			pilny pilna nowy nowa nowego stary częściowy pełny miesięczny roczny bezpieczny standardowy międzynarodowy możliwy
			uszkodzony uszkodzona`,
		F: `i lub ale dla przez z bez w na pod twój nasz my pan pani ten ta to który jest są ma mają nie jeśli do od przy może
			będzie się że`,
		categories: ['Zamówienia', 'Dostawa', 'Zwroty', 'Faktury', 'Konto', 'Bezpieczeństwo', 'Subskrypcje', 'Pomoc techniczna']
	},
	sv: {
		N: `beställning beställningar leverans leveranser paket paketet återbetalning återbetalningar faktura fakturor betalning
			betalningar konto kontot lösenord lösenordet kort kortet prenumeration prenumerationer avtal avtalet adress adresser
			retur returer byte garanti garantin produkt produkter artikel artiklar kund kunder handläggare reklamation
			reklamationer förfrågan tidsfrist avgift avgifter transportör spårning nummer numret kod koder fel felet problem
			problemet app appen webbplats inloggning mejl telefon meddelande meddelanden svar svaret ärende ärenden skada skador
			försäkring försäkringar bank banken överföring överföringar autogiro saldo kredit lån lånet resa resor biljett
			biljetter bokning bokningar avbokning avbokningar försening förseningar fordon elsparkcykel cykel cyklar station
			stationer batteri batteriet pris priser erbjudande rabatt rabatter presentkort varukorg lager storlek storlekar färg
			färger butik butiker etikett etiketter förpackning kvitto kvittot dokument underskrift kontroll säkerhet bedrägeri
			avisering aviseringar vecka veckor dag dagar månad månader timme timmar`,
		V: `leverera levererad levererar levererade återbetala återbetalad avboka avbokad avbokar ändra ändrad ändrar betala
			betald betalar skicka skickad skickar returnera returnerad returnerar byta bytt kontrollera kontrollerad kontakta
			kontaktar återställa återställd spärra spärrad spärrar aktivera aktiverad aktiverar inaktivera förnya förnyad spåra
			spårad spårar bekräfta bekräftad bekräftar ladda debitera debiterad boka bokad bokar fakturera fakturerad anmäla
			anmäld förlora förlorad uppdatera uppdaterad verifiera verifierad`,
		A: `snabb snabba gratis tillgänglig tillgängliga giltig giltiga ogiltig utgången felaktig felaktiga saknad saknade
			brådskande ny nya gammal gamla delvis fullständig månatlig årlig säker säkra standard internationell möjlig omöjlig
			trasig trasiga`,
		F: `en ett den det de och eller men för av med utan i på under din er vi ni du denna dessa som är har inte ingen om
			till från vid kan blir`,
		categories: ['Beställningar', 'Leveranser', 'Återbetalningar', 'Fakturering', 'Konto', 'Säkerhet', 'Prenumerationer', 'Teknik']
	}
};

/** language → { N, V, A, F: string[] (unique), content: N ∪ V ∪ A, categories } */
export const VOCABULARY = Object.fromEntries(
	Object.entries(RAW).map(([language, raw]) => {
		const classes = Object.fromEntries(['N', 'V', 'A', 'F'].map((c) => [c, [...new Set(split(raw[c]))]]));
		return [language, { ...classes, content: [...new Set([...classes.N, ...classes.V, ...classes.A])], categories: raw.categories }];
	})
);
