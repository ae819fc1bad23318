import * as Y from 'yjs';
import type { Language } from './access';
import { articleBody } from './kb';

/**
 * The demo workspace's knowledge base: support articles for the catalogue's brands
 * (demo-catalogue.ts), each in one of its brand's languages, and the function that writes an
 * article's blocks into its room's body the way the editor stores them. Plain data: the server
 * seeds it (server/seed/demo-kb.ts), tests read it.
 *
 * Every brand has articles, not only some: the demo picks 12 of the 16 brands by seed, and each
 * picked client should open on a knowledge base. Articles of brands a seed did not pick are
 * skipped by the seeder.
 */

/** The callout tones of the editor's schema (src/lib/editor/callout.ts), repeated to keep the domain free of Tiptap. */
export type DemoCalloutTone = 'info' | 'tip' | 'warning';

export type DemoBlock =
	| { type: 'heading'; level: 2 | 3; text: string }
	| { type: 'paragraph'; text: string }
	| { type: 'bullets'; items: string[] }
	/** An ordered list. */
	| { type: 'steps'; items: string[] }
	| { type: 'callout'; text: string; tone?: DemoCalloutTone };

export interface DemoArticle {
	/** Unique among the demo articles; what `translationOf` refers to. */
	key: string;
	/** A brand's name from demo-catalogue.ts. */
	client: string;
	/** One of that brand's languages. */
	language: Language;
	title: string;
	category: string;
	/** Key of the article this one translates (same client, listed before it). */
	translationOf?: string;
	verified?: boolean;
	/** Never published: stays a draft. */
	draftOnly?: boolean;
	blocks: DemoBlock[];
	/**
	 * A later edit, published as revision 2 once the article's translations followed revision 1:
	 * those translations then show "source changed".
	 */
	update?: { message: string; append: DemoBlock[] };
}

/**
 * Replaces the body of an article room with `blocks`, as y-prosemirror stores a Tiptap document:
 * one Y.XmlElement per node named after its node type, the node's non-null attributes as
 * attributes (`level` of a heading, `start` of an ordered list, `tone` of a callout), and each
 * run of text as one Y.XmlText. Runs in one transaction of `doc` (joins the caller's, if any).
 */
export function writeDemoArticleBody(doc: Y.Doc, blocks: DemoBlock[]): void {
	doc.transact(() => {
		const body = articleBody(doc);
		if (body.length > 0) body.delete(0, body.length);
		body.insert(0, blocks.map(blockNode));
	});
}

function blockNode(block: DemoBlock): Y.XmlElement {
	switch (block.type) {
		case 'heading':
			return element('heading', { level: block.level }, [new Y.XmlText(block.text)]);
		case 'paragraph':
			return paragraph(block.text);
		case 'bullets':
			return element('bulletList', {}, block.items.map(listItem));
		case 'steps':
			return element('orderedList', { start: 1 }, block.items.map(listItem));
		case 'callout':
			return element('callout', { tone: block.tone ?? 'info' }, [paragraph(block.text)]);
	}
}

function element(name: string, attributes: Record<string, string | number>, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
	const node = new Y.XmlElement(name);
	// Attributes keep their ProseMirror types (a heading's level is the number 2), as y-prosemirror
	// stores them; Yjs merely types element attributes as strings by default.
	const typed = node as Y.XmlElement<Record<string, string | number>>;
	for (const [key, value] of Object.entries(attributes)) typed.setAttribute(key, value);
	node.insert(0, children);
	return node;
}

const paragraph = (text: string) => element('paragraph', {}, [new Y.XmlText(text)]);
const listItem = (text: string) => element('listItem', {}, [paragraph(text)]);

// Shorthands that keep the articles below readable as text.
const h2 = (text: string): DemoBlock => ({ type: 'heading', level: 2, text });
const h3 = (text: string): DemoBlock => ({ type: 'heading', level: 3, text });
const p = (text: string): DemoBlock => ({ type: 'paragraph', text });
const ul = (...items: string[]): DemoBlock => ({ type: 'bullets', items });
const ol = (...items: string[]): DemoBlock => ({ type: 'steps', items });
const note = (text: string, tone: DemoCalloutTone = 'info'): DemoBlock => ({ type: 'callout', text, tone });

/** In seeding order: every source before its translations. */
export const DEMO_ARTICLES: DemoArticle[] = [
	// --- Maison Lumière (fr, en, de): lighting and home decoration, shipped from Lyon.
	{
		key: 'ml-delivery-fr',
		client: 'Maison Lumière',
		language: 'fr',
		title: "Suivi des livraisons et délais d'expédition",
		category: 'Shipping',
		verified: true,
		blocks: [
			p("Toutes les commandes Maison Lumière sont préparées dans notre entrepôt de Lyon et expédiées sous 48 heures ouvrées. Ce guide explique comment retrouver une commande, quels délais annoncer au client et que faire lorsqu'une livraison prend du retard."),
			h2('Délais de livraison par destination'),
			ul(
				"France métropolitaine : 2 à 4 jours ouvrés avec Colissimo, 1 à 2 jours avec l'option Express.",
				'Belgique, Luxembourg et Allemagne : 3 à 5 jours ouvrés.',
				'Suisse : 5 à 7 jours ouvrés, droits de douane à la charge du destinataire.',
				'Luminaires de plus de 30 kg : livraison sur rendez-vous par transporteur, sous 7 à 10 jours ouvrés.'
			),
			h2('Suivi des livraisons'),
			ol(
				"Ouvrez la commande dans le back-office et copiez le numéro de suivi indiqué dans l'onglet « Expédition ».",
				"Vérifiez le statut sur le site du transporteur : « pris en charge », « en cours d'acheminement » ou « disponible en point relais ».",
				'Confirmez au client la date de livraison estimée et envoyez-lui le lien de suivi par e-mail.',
				"Si aucun mouvement n'apparaît depuis plus de 5 jours ouvrés, ouvrez une enquête auprès du transporteur depuis l'onglet « Litiges »."
			),
			note("Ne promettez jamais une date précise pour les livraisons sur rendez-vous : c'est le transporteur qui contacte le client pour fixer le créneau.", 'warning'),
			h3('Colis déclaré livré mais non reçu'),
			p("Demandez au client de vérifier auprès de ses voisins et dans sa boîte aux lettres, puis attendez 48 heures : la plupart des livraisons « fantômes » sont retrouvées dans ce délai. Ensuite, lancez l'enquête transporteur et proposez un renvoi ou un remboursement dès sa clôture.")
		]
	},
	{
		key: 'ml-returns-en',
		client: 'Maison Lumière',
		language: 'en',
		title: 'Returns and refunds',
		category: 'Returns',
		verified: true,
		blocks: [
			p('Customers can return any Maison Lumière item within 30 days of delivery, as long as it is unused and in its original packaging. Made-to-measure lampshades and engraved pieces cannot be returned unless they arrived damaged.'),
			h2('Starting a return'),
			ol(
				"Find the order by its number or the customer's email address.",
				'Check the delivery date: the 30 days start on the day the parcel was delivered, not the day it was shipped.',
				'Create the return in the back office and choose the reason the customer gives.',
				'Send the prepaid return label; it is valid for 14 days.'
			),
			h2('When the refund is issued'),
			p("Refunds go back to the original payment method once the warehouse has checked the returned item, usually within 5 working days of receiving it. Card refunds can take another 3 to 5 days to appear on the customer's statement; PayPal refunds are usually visible the same day."),
			note("If a customer asks why their refund has not arrived yet, check the return's status first: a parcel still in transit is the most common reason.", 'tip'),
			h3('Original shipping costs'),
			p('We refund the original shipping costs only when the whole order is returned, or when the item was faulty or not what the customer ordered.')
		]
	},
	{
		key: 'ml-returns-de',
		client: 'Maison Lumière',
		language: 'de',
		title: 'Rücksendungen und Rückerstattung',
		category: 'Returns',
		translationOf: 'ml-returns-en',
		verified: true,
		blocks: [
			p('Kundinnen und Kunden können jeden Artikel von Maison Lumière innerhalb von 30 Tagen nach der Zustellung zurücksenden, sofern er unbenutzt und originalverpackt ist. Maßgefertigte Lampenschirme und gravierte Stücke sind ausgeschlossen, es sei denn, sie kamen beschädigt an.'),
			h2('Eine Rücksendung anlegen'),
			ol(
				'Suchen Sie die Bestellung über die Bestellnummer oder die E-Mail-Adresse der Kundin bzw. des Kunden.',
				'Prüfen Sie das Zustelldatum: Die 30 Tage beginnen am Tag der Zustellung, nicht am Versandtag.',
				'Legen Sie die Rücksendung im Backoffice an und wählen Sie den angegebenen Grund aus.',
				'Senden Sie das vorfrankierte Rücksendeetikett; es ist 14 Tage lang gültig.'
			),
			h2('Wann die Rückerstattung erfolgt'),
			p('Die Rückerstattung erfolgt über die ursprüngliche Zahlungsart, sobald das Lager den zurückgesandten Artikel geprüft hat – in der Regel innerhalb von 5 Werktagen nach Eingang. Bei Kartenzahlungen kann es weitere 3 bis 5 Tage dauern, bis der Betrag auf der Abrechnung erscheint; Rückerstattungen über PayPal sind meist noch am selben Tag sichtbar.'),
			note('Fragt jemand, warum die Rückerstattung noch nicht eingegangen ist, prüfen Sie zuerst den Status der Rücksendung: Meist ist das Paket noch unterwegs.', 'tip'),
			h3('Ursprüngliche Versandkosten'),
			p('Die ursprünglichen Versandkosten erstatten wir nur, wenn die gesamte Bestellung zurückgeschickt wird oder der Artikel fehlerhaft war bzw. nicht der Bestellung entsprach.')
		]
	},
	{
		key: 'ml-order-change-fr',
		client: 'Maison Lumière',
		language: 'fr',
		title: "Modifier une commande ou l'adresse de livraison",
		category: 'Account',
		verified: true,
		blocks: [
			p("Une commande peut être modifiée tant qu'elle n'a pas quitté l'entrepôt. Le statut affiché dans le back-office indique si c'est encore possible."),
			h2("Ce que l'on peut modifier"),
			ul(
				"L'adresse de livraison, si le nouveau pays est desservi au même tarif.",
				'Le mode de livraison : standard, express ou point relais.',
				"La quantité d'un article ou sa couleur, sous réserve de stock.",
				"L'adresse de facturation, jusqu'à l'émission de la facture."
			),
			h2('Procédure'),
			ol(
				"Vérifiez l'identité du client : nom, adresse e-mail du compte et numéro de commande.",
				'Contrôlez que le statut est « Payée » ou « En préparation ».',
				'Modifiez la commande, puis cliquez sur « Recalculer » pour mettre à jour les frais de port.',
				'Confirmez la modification au client par e-mail avec le modèle « Commande modifiée ».'
			),
			note("Si le statut est « Expédiée », ne modifiez pas l'adresse dans le back-office : demandez une réexpédition au transporteur, qui peut facturer des frais.", 'warning'),
			p("Un changement d'adresse demandé par téléphone pour une commande de plus de 500 € doit être confirmé par écrit depuis l'adresse e-mail du compte, afin de limiter les risques de fraude.")
		]
	},
	{
		key: 'ml-warranty-fr',
		client: 'Maison Lumière',
		language: 'fr',
		title: 'Garantie des luminaires et pièces détachées',
		category: 'Product',
		blocks: [
			p('Tous nos luminaires sont garantis deux ans à compter de la date de livraison. La garantie couvre les défauts de fabrication : soudure défectueuse, variateur en panne, finition qui se décolle sans choc.'),
			h2("Ce qui n'est pas couvert"),
			ul(
				'Les ampoules, considérées comme des consommables.',
				"Les dommages liés à une installation non conforme, par exemple un plafonnier posé sans électricien.",
				"L'usure normale des abat-jour en tissu et les traces de doigts sur le laiton brut."
			),
			h2('Traiter une demande de garantie'),
			ol(
				"Demandez une photo du défaut et de l'étiquette placée sous le socle ou sur la platine de fixation.",
				'Vérifiez la date de livraison dans la commande.',
				"Si une pièce détachée suffit (variateur, câble, cache-piton), commandez-la gratuitement dans l'onglet « SAV ».",
				'Sinon, proposez un échange du luminaire ; le retour est à nos frais.'
			),
			note("Les pièces détachées restent disponibles dix ans après l'arrêt d'un modèle : proposez-les aussi aux clients hors garantie, au tarif du catalogue SAV.")
		]
	},

	// --- Nordvik Outdoor (sv, en, de, nl): outdoor gear, warehouse in Jönköping.
	{
		key: 'nordvik-returns-en',
		client: 'Nordvik Outdoor',
		language: 'en',
		title: 'Returning an item and getting a refund',
		category: 'Returns',
		verified: true,
		blocks: [
			p('Nordvik Outdoor offers free returns for 60 days on unused gear bought on nordvik.example or in the app. Items bought in a partner shop are returned to that shop.'),
			h2('How customers return an item'),
			ol(
				'The customer signs in, opens the order and chooses "Return items".',
				'They pick the items and a reason, then print the label or show the QR code at a parcel shop.',
				'Once the parcel is scanned, they get an email confirming that the return is on its way.'
			),
			h2('Refund timing'),
			p('We issue refunds within 3 working days of the parcel reaching our warehouse in Jönköping. The money goes back to the original payment method; Klarna invoices are reduced instead of refunded, so the customer simply pays less.'),
			note('Used gear, such as a tent that has been pitched outdoors or boots worn outside, is not accepted as a return. Handle it as a warranty case instead.', 'warning'),
			h3('Partial refunds'),
			p('If an item comes back incomplete (a missing tent pole bag, for example), the warehouse can issue a partial refund. Explain the deduction shown on the return note, and tell the customer they can still send the missing part if they find it.')
		]
	},
	{
		key: 'nordvik-returns-de',
		client: 'Nordvik Outdoor',
		language: 'de',
		title: 'Rücksendung und Rückerstattung',
		category: 'Returns',
		translationOf: 'nordvik-returns-en',
		verified: true,
		blocks: [
			p('Bei Nordvik Outdoor können unbenutzte Artikel, die auf nordvik.example oder in der App gekauft wurden, 60 Tage lang kostenlos zurückgesendet werden. Artikel aus einem Partnergeschäft werden dort zurückgegeben.'),
			h2('So senden Kundinnen und Kunden einen Artikel zurück'),
			ol(
				'Die Kundin oder der Kunde meldet sich an, öffnet die Bestellung und wählt „Artikel zurücksenden“.',
				'Dann werden die Artikel und ein Grund ausgewählt und das Etikett gedruckt oder der QR-Code in einem Paketshop vorgezeigt.',
				'Sobald das Paket gescannt ist, bestätigt eine E-Mail, dass die Rücksendung unterwegs ist.'
			),
			h2('Dauer der Rückerstattung'),
			p('Die Rückerstattung erfolgt innerhalb von 3 Werktagen, nachdem das Paket in unserem Lager in Jönköping eingetroffen ist. Das Geld geht an die ursprüngliche Zahlungsart zurück; bei Kauf auf Rechnung über Klarna wird stattdessen der offene Betrag verringert.'),
			note('Gebrauchte Ausrüstung – etwa ein Zelt, das schon draußen aufgebaut war, oder im Freien getragene Schuhe – wird nicht als Rücksendung angenommen. Behandeln Sie den Fall stattdessen als Garantiefall.', 'warning'),
			h3('Teilweise Rückerstattung'),
			p('Kommt ein Artikel unvollständig zurück (zum Beispiel ohne den Beutel für die Zeltstangen), kann das Lager einen Teilbetrag erstatten. Erklären Sie den Abzug auf dem Rücksendebeleg und weisen Sie darauf hin, dass das fehlende Teil nachgereicht werden kann, falls es wieder auftaucht.')
		]
	},
	{
		key: 'nordvik-shipping-sv',
		client: 'Nordvik Outdoor',
		language: 'sv',
		title: 'Leveranstider och frakt',
		category: 'Shipping',
		verified: true,
		blocks: [
			p('Alla beställningar skickas från vårt lager i Jönköping. Beställningar som läggs före kl. 14 på vardagar skickas samma dag.'),
			h2('Leveranstider'),
			ul(
				'Sverige: 1–3 arbetsdagar till ombud eller brevlåda.',
				'Norge och Finland: 3–5 arbetsdagar. För Norge tillkommer tull och moms, som kunden betalar vid leverans.',
				'Tyskland och Nederländerna: 3–6 arbetsdagar.',
				'Skrymmande varor som kanoter och pulkor: 5–8 arbetsdagar med hemleverans.'
			),
			h2('Fraktkostnad'),
			p('Frakten är gratis vid köp över 799 kr. Under den gränsen kostar leverans till ombud 49 kr och hemleverans 149 kr. Medlemmar i Nordvik Club har alltid fri frakt.'),
			h2('Om paketet är försenat'),
			ol(
				'Kontrollera spårningen via länken i orderbekräftelsen.',
				'Om paketet inte har rört sig på fyra arbetsdagar, gör en efterlysning hos transportören i ärendeverktyget.',
				'Meddela kunden att vi återkommer med besked inom två arbetsdagar, och notera efterlysningens nummer i ärendet.'
			),
			note('Kring storhelger som jul och midsommar kan leveranserna ta en till två dagar längre. Säg det till kunden direkt, så slipper de höra av sig igen.', 'tip')
		]
	},

	// --- Casa Verbena (es, pt, en): home and garden, warehouse in Valencia.
	{
		key: 'verbena-shipping-es',
		client: 'Casa Verbena',
		language: 'es',
		title: 'Plazos de entrega y seguimiento del pedido',
		category: 'Shipping',
		verified: true,
		blocks: [
			p('Casa Verbena envía desde su almacén de Valencia de lunes a viernes. Los pedidos realizados antes de las 13:00 salen el mismo día; las plantas vivas solo se envían de lunes a miércoles para que no pasen el fin de semana en tránsito.'),
			h2('Plazos habituales'),
			ul(
				'Península: de 24 a 72 horas.',
				'Baleares: de 3 a 5 días laborables.',
				'Canarias, Ceuta y Melilla: no enviamos plantas vivas; el resto de productos llega en 5 a 8 días laborables.',
				'Portugal: de 3 a 4 días laborables.'
			),
			h2('Consultar un envío'),
			ol(
				'Busca el pedido por número o por el correo electrónico del cliente.',
				'Abre el enlace de seguimiento de la pestaña «Envío».',
				'Si el estado es «Incidencia en la entrega», llama a la agencia desde el panel de transportistas antes de responder al cliente.'
			),
			note('Si una planta llega dañada, pide una foto en las primeras 48 horas y ofrece un reenvío sin coste. No pidas al cliente que devuelva la planta.', 'warning'),
			p('En el caso de los muebles de exterior, la agencia llama al cliente para acordar la franja de entrega. Si no consigue contactar tras dos intentos, el pedido vuelve al almacén y hay que programar una nueva entrega.')
		]
	},
	{
		key: 'verbena-returns-pt',
		client: 'Casa Verbena',
		language: 'pt',
		title: 'Devoluções e reembolsos',
		category: 'Returns',
		verified: true,
		blocks: [
			p('Os clientes podem devolver qualquer artigo da Casa Verbena no prazo de 30 dias após a entrega, exceto plantas vivas e artigos personalizados. O artigo deve estar em bom estado e, sempre que possível, na embalagem original.'),
			h2('Como registar uma devolução'),
			ol(
				'Confirme o número da encomenda e o artigo que o cliente quer devolver.',
				'Registe a devolução no back-office e escolha o motivo indicado pelo cliente.',
				'Envie ao cliente a etiqueta de devolução por e-mail. Em Portugal, a transportadora recolhe o artigo na morada do cliente.'
			),
			h2('Reembolsos'),
			p('O reembolso é feito pelo mesmo método de pagamento, no prazo de 14 dias após recebermos o artigo. Os pagamentos por MB WAY e Multibanco são reembolsados por transferência bancária: peça ao cliente o IBAN.'),
			note('Os portes de envio iniciais só são reembolsados quando a encomenda é devolvida na totalidade ou quando o artigo chegou danificado.'),
			p('Se o artigo chegar danificado ao armazém por estar mal embalado, pode haver um reembolso parcial. Nesse caso, explique o valor descontado e envie ao cliente as fotografias tiradas pelo armazém.')
		]
	},

	// --- Bursztyn Home (pl, de, en): furniture, warehouse in Poznań.
	{
		key: 'bursztyn-delivery-pl',
		client: 'Bursztyn Home',
		language: 'pl',
		title: 'Dostawa mebli i wniesienie do mieszkania',
		category: 'Shipping',
		verified: true,
		blocks: [
			p('Meble Bursztyn Home dostarcza firma kurierska na paletach lub jako przesyłki gabarytowe. Klient wybiera w koszyku, czy zamawia dostawę pod drzwi budynku, czy z wniesieniem do mieszkania.'),
			h2('Terminy dostawy'),
			ul(
				'Produkty dostępne od ręki: 3–5 dni roboczych.',
				'Meble na zamówienie: 4–6 tygodni; dokładny termin podajemy w potwierdzeniu zamówienia.',
				'Dostawy do Niemiec: dodatkowo 2–3 dni robocze.'
			),
			h2('Umawianie dostawy'),
			ol(
				'Kurier dzwoni do klienta dzień przed dostawą i podaje przedział godzinowy.',
				'Jeśli klient nie może odebrać przesyłki, może raz bezpłatnie zmienić termin.',
				'Przy odbiorze klient sprawdza opakowanie w obecności kuriera, a w razie uszkodzeń spisuje z nim protokół szkody.'
			),
			note('Bez protokołu szkody reklamacja uszkodzenia w transporcie jest znacznie trudniejsza. Zawsze przypominaj klientom, żeby sprawdzili przesyłkę przy kurierze.', 'warning'),
			p('Wniesienie obejmuje przeniesienie mebli do wskazanego pomieszczenia, ale nie obejmuje montażu. Montaż można zamówić osobno najpóźniej trzy dni przed dostawą.'),
			h3('Zmiana adresu dostawy'),
			p('Adres dostawy można zmienić do momentu wydania przesyłki kurierowi. Później zmiana jest możliwa tylko za pośrednictwem firmy kurierskiej i może wiązać się z dodatkową opłatą, o której trzeba uprzedzić klienta.')
		]
	},
	{
		key: 'bursztyn-damage-de',
		client: 'Bursztyn Home',
		language: 'de',
		title: 'Rückerstattung bei beschädigter Ware',
		category: 'Returns',
		verified: true,
		blocks: [
			p('Kommt ein Möbelstück von Bursztyn Home beschädigt an, hat die Kundin oder der Kunde die Wahl zwischen Ersatzteil, Austausch und Rückerstattung. Ziel ist, den Fall in einem einzigen Kontakt zu klären.'),
			h2('Benötigte Angaben'),
			ul(
				'Bestellnummer und Lieferdatum.',
				'Fotos des Schadens und des Etiketts auf der Verpackung.',
				'Das Schadensprotokoll, falls es bei der Zustellung mit dem Fahrer aufgenommen wurde.'
			),
			h2('Ablauf'),
			ol(
				'Wählen Sie im Ticket die Kategorie „Transportschaden“ und hängen Sie die Fotos an.',
				'Bei kleinen Schäden wie Kratzern oder einer abgeplatzten Kante bieten Sie zuerst einen Preisnachlass von 15 % an.',
				'Lehnt die Kundin oder der Kunde ab, veranlassen Sie die Abholung; die Rückerstattung folgt, sobald die Ware wieder in unserem Lager in Posen ist.',
				'Die Rückerstattung des vollen Betrags einschließlich Versand dauert nach Wareneingang bis zu 7 Werktage.'
			),
			note('Eine Rückerstattung ohne Rücksendung ist bis zu einem Warenwert von 150 € möglich, wenn die Fotos den Schaden eindeutig zeigen.'),
			p('Bei Lieferungen nach Deutschland holt unsere Partnerspedition die Ware ab; der Termin wird wie bei der Lieferung telefonisch vereinbart.')
		]
	},

	// --- Velora Bikes (nl, en, de, fr): e-bikes delivered assembled.
	{
		key: 'velora-delivery-en',
		client: 'Velora Bikes',
		language: 'en',
		title: 'Bike delivery: what to expect',
		category: 'Shipping',
		verified: true,
		blocks: [
			p('Velora bikes are delivered fully assembled, by our own delivery team in the Netherlands and Belgium and by a specialist carrier in Germany and France. The customer only needs to fit the pedals and adjust the handlebar.'),
			h2('Delivery times'),
			ul('Netherlands and Belgium: 3–5 working days.', 'Germany: 5–7 working days.', 'France: 7–10 working days.'),
			h2('On delivery day'),
			ol(
				'The evening before, the customer gets a text message with a two-hour time slot.',
				'The driver unpacks the bike, checks the tyre pressure and takes the packaging away.',
				'The customer confirms receipt in the Velora app, which also starts the warranty.'
			),
			note('E-bike batteries travel at 30% charge, as the transport rules require. Advise the customer to charge the battery fully before the first ride.', 'warning'),
			p('If nobody is home, the driver leaves a card and the customer books a new slot in the app. The third missed delivery is charged at €35. Deliveries run from Monday to Saturday.')
		],
		update: {
			message: 'Added workshop collection in France',
			append: [
				h3('Collecting the bike from a workshop'),
				p('Customers in France can now collect their bike from a partner workshop in Lille, Paris or Lyon instead, at no extra cost. They choose this option at checkout, and the workshop calls them when the bike is ready.')
			]
		}
	},
	{
		key: 'velora-delivery-fr',
		client: 'Velora Bikes',
		language: 'fr',
		title: "Livraison des vélos : à quoi s'attendre",
		category: 'Shipping',
		translationOf: 'velora-delivery-en',
		verified: true,
		blocks: [
			p("Les vélos Velora sont livrés entièrement montés, par notre propre équipe aux Pays-Bas et en Belgique, et par un transporteur spécialisé en Allemagne et en France. Le client n'a plus qu'à fixer les pédales et à régler le guidon."),
			h2('Délais de livraison'),
			ul('Pays-Bas et Belgique : 3 à 5 jours ouvrés.', 'Allemagne : 5 à 7 jours ouvrés.', 'France : 7 à 10 jours ouvrés.'),
			h2('Le jour de la livraison'),
			ol(
				'La veille, le client reçoit un SMS indiquant un créneau de deux heures.',
				"Le livreur déballe le vélo, vérifie la pression des pneus et repart avec l'emballage.",
				"Le client confirme la réception dans l'application Velora, ce qui active aussi la garantie."
			),
			note("Les batteries des vélos électriques voyagent chargées à 30 %, comme l'exige la réglementation du transport. Conseillez au client de la charger complètement avant la première sortie.", 'warning'),
			p("En cas d'absence, le livreur laisse un avis de passage et le client choisit un nouveau créneau dans l'application. La troisième livraison manquée est facturée 35 €. Les livraisons ont lieu du lundi au samedi.")
		]
	},
	{
		key: 'velora-warranty-nl',
		client: 'Velora Bikes',
		language: 'nl',
		title: 'Garantie op frame, motor en accu',
		category: 'Product',
		verified: true,
		blocks: [
			p('Op elke Velora-fiets zit tien jaar garantie op het frame en twee jaar op de motor, de accu en de elektronica. De garantie gaat in op de dag dat de klant de levering in de app bevestigt.'),
			h2('Wat valt er niet onder'),
			ul(
				'Slijtagedelen zoals banden, remblokken, de ketting en het kettingblad.',
				'Schade door een val, een aanrijding of verkeerd gebruik.',
				'Capaciteitsverlies van de accu tot 30% binnen twee jaar: dat is normale veroudering.'
			),
			h2('Een garantieclaim behandelen'),
			ol(
				'Vraag naar het framenummer; dat staat onder de trapas en in de app.',
				'Laat de klant in de app een accudiagnose uitvoeren en vraag om een schermafbeelding van het resultaat.',
				'Plan een afspraak bij het dichtstbijzijnde Velora Service Point of, buiten de Benelux, een ophaalafspraak via het servicedashboard.'
			),
			note('Als een accu niet meer laadt, ligt het vaak aan de lader. Vraag of het lampje op de lader groen of rood brandt voordat je een nieuwe accu aanvraagt.', 'tip'),
			p('Een goedgekeurde claim wordt binnen tien werkdagen afgehandeld. Duurt de reparatie langer dan vijf werkdagen, dan krijgt de klant een leenfiets.')
		]
	},

	// --- Trambo Scooters (it, en): shared e-scooters.
	{
		key: 'trambo-access-it',
		client: 'Trambo Scooters',
		language: 'it',
		title: "Accesso all'app e sblocco del monopattino",
		category: 'Account',
		verified: true,
		blocks: [
			p("La maggior parte dei contatti sull'app Trambo riguarda l'accesso o un monopattino che non si sblocca. Per prima cosa chiedi al cliente quale versione dell'app usa: le versioni precedenti alla 5.2 non sono più supportate."),
			h2('Il cliente non riesce ad accedere'),
			ol(
				'Verifica che il numero di telefono sia quello registrato, con il prefisso internazionale corretto.',
				'Se il codice via SMS non arriva, chiedi di attendere due minuti e di toccare «Invia di nuovo».',
				"Dopo tre tentativi falliti l'account resta bloccato per 30 minuti: non sbloccarlo manualmente."
			),
			h2('Il monopattino non si sblocca'),
			ul(
				'Controlla nel pannello operativo che il monopattino risulti disponibile e non in manutenzione.',
				'Chiedi di inquadrare di nuovo il codice QR oppure di inserire a mano il codice a sei cifre riportato sul manubrio.',
				'Se la batteria del monopattino è sotto il 10%, suggerisci un altro mezzo nelle vicinanze.'
			),
			note("Se al cliente è stato addebitato uno sblocco non riuscito, l'importo viene rimborsato automaticamente entro 24 ore: non serve aprire una richiesta di rimborso."),
			p('Se lo stesso account ha problemi ripetuti, inoltra il caso al secondo livello indicando il modello del telefono e la versione del sistema operativo.')
		]
	},
	{
		key: 'trambo-charges-en',
		client: 'Trambo Scooters',
		language: 'en',
		title: 'Ride charges, pre-authorisations and refunds',
		category: 'Billing',
		verified: true,
		blocks: [
			p('Every Trambo ride is charged when it ends: an unlock fee plus a price per minute that depends on the city. Riders with a Trambo Pass pay no unlock fee.'),
			h2('Pre-authorisations'),
			p("When a ride starts, we place a €5 hold on the rider's card. The hold is released as soon as the ride is charged, but some banks take up to 7 days to remove it from the statement. This is the most common reason riders think they were charged twice."),
			h2('When to give a refund'),
			ul(
				'The scooter stopped working during the ride: refund the whole ride.',
				'The rider could not end the ride because of an app or network fault: refund the minutes after the time they reported the problem.',
				'The rider forgot to end the ride: refund it once per rider per year, as a goodwill gesture.'
			),
			note('Never refund fines for parking outside the allowed zones. Instead, show the rider where to find the parking map in the app.', 'warning'),
			p('Refunds reach the card within 5–10 working days. Riders who prefer can take the amount as ride credit instead, which they can use immediately.')
		]
	},

	// --- Rotamar Rides (pt, es, en): ride hailing in Lisbon and Porto.
	{
		key: 'rotamar-payments-pt',
		client: 'Rotamar Rides',
		language: 'pt',
		title: 'Cobranças de viagens e métodos de pagamento',
		category: 'Billing',
		verified: true,
		blocks: [
			p('A Rotamar cobra cada viagem no fim do percurso, com base na distância e no tempo. O cliente pode pagar com cartão, MB WAY ou saldo da conta.'),
			h2('Cobranças que o cliente não reconhece'),
			ol(
				'Peça os últimos quatro dígitos do cartão e a data da cobrança.',
				'Procure a viagem no painel de operações: a cobrança aparece com a referência ROTA seguida de seis algarismos.',
				'Se não houver nenhuma viagem associada, encaminhe o caso para a equipa antifraude com o modelo «Cobrança desconhecida».'
			),
			h2('Pagamentos falhados'),
			p('Quando um pagamento falha, a conta fica suspensa até a dívida ser paga. O cliente pode regularizar a situação na aplicação, em «Carteira», com outro método de pagamento.'),
			note('Os pedidos de pagamento MB WAY expiram ao fim de quatro minutos. Se o cliente diz que aprovou o pagamento mas a viagem continua por pagar, peça-lhe que tente novamente.', 'tip'),
			h3('Faturas'),
			ul(
				'O cliente pode pedir fatura com NIF até 30 dias após a viagem.',
				'A faturação mensal de empresas é tratada pela equipa de contas empresariais.'
			)
		]
	},

	// --- Fjordbil (sv, pl, en): car sharing in Sweden and Poland.
	{
		key: 'fjordbil-damage-sv',
		client: 'Fjordbil',
		language: 'sv',
		title: 'Skada på bilen under hyrperioden',
		category: 'Claims',
		verified: true,
		blocks: [
			p('Om kunden upptäcker en skada före resan ska den rapporteras i appen innan bilen låses upp. Då debiteras kunden inte för skador som redan fanns.'),
			h2('Skada som uppstår under hyrperioden'),
			ol(
				'Se till att alla är oskadda. Vid personskador ska kunden ringa 112 först.',
				'Be kunden fotografera skadan och bilens registreringsskylt i appen under ”Rapportera skada”.',
				'Vid krock med ett annat fordon fyller kunden i en skadeanmälan tillsammans med den andra föraren.',
				'Registrera ärendet i skadeportalen och koppla det till bokningen.'
			),
			h2('Självrisk'),
			p('Självrisken är 5 000 kr per skada. Kunder med tillägget Fjordbil Trygg har en självrisk på 1 000 kr. Självrisken debiteras först när skadeutredningen är klar, vanligtvis inom 30 dagar.'),
			note('Lova aldrig kunden att en skada inte kommer att debiteras. Det avgör skadehandläggaren efter utredningen.', 'warning'),
			p('Om bilen inte går att köra vidare ordnar vi bärgning via vägassistansen. Kunden får en ersättningsbil om det finns en ledig bil i närheten. Bokningen avslutas då automatiskt och kunden betalar bara för tiden fram till skadetillfället.')
		]
	},
	{
		key: 'fjordbil-deposit-pl',
		client: 'Fjordbil',
		language: 'pl',
		title: 'Kaucja i jej zwrot',
		category: 'Billing',
		draftOnly: true,
		blocks: [
			note('Wersja robocza: kwoty kaucji dla Polski czekają na potwierdzenie działu finansowego.', 'warning'),
			p('Przy pierwszej rezerwacji Fjordbil blokuje na karcie klienta kaucję w wysokości 1500 zł. Kaucja nie jest pobierana, tylko blokowana na czas wynajmu, a jej wysokość nie zależy od modelu samochodu ani długości wynajmu. Przy karcie debetowej blokada obniża dostępne saldo na rachunku klienta.'),
			h2('Kiedy kaucja wraca'),
			ul(
				'Blokada znika automatycznie 48 godzin po zakończeniu wynajmu, jeśli nie zgłoszono szkody.',
				'Niektóre banki zwalniają blokadę dopiero po 7 dniach roboczych.',
				'Jeśli zgłoszono szkodę, kaucja pozostaje zablokowana do zakończenia postępowania.'
			),
			h2('Co odpowiedzieć klientowi'),
			ol(
				'Sprawdź w panelu, czy wynajem został poprawnie zakończony.',
				'Sprawdź, czy do rezerwacji nie przypisano szkody ani mandatu.',
				'Jeśli wszystko jest w porządku, podaj klientowi datę zwolnienia blokady i poproś o kontakt z bankiem, jeśli środki nie wrócą w ciągu 7 dni roboczych.'
			),
			p('Klienci z aktywną subskrypcją Fjordbil Plus nie wpłacają kaucji. Jeśli taki klient widzi blokadę na karcie, sprawdź, czy subskrypcja była aktywna w dniu rezerwacji, i w razie błędu zwolnij blokadę ręcznie w panelu płatności.')
		]
	},

	// --- Banca Aurelia (it, en): retail bank.
	{
		key: 'aurelia-card-block-it',
		client: 'Banca Aurelia',
		language: 'it',
		title: 'Blocco della carta per furto o smarrimento',
		category: 'Security',
		verified: true,
		blocks: [
			p("Il blocco della carta è un'operazione urgente: va eseguito durante la chiamata, prima di qualsiasi altra verifica non indispensabile."),
			h2('Procedura'),
			ol(
				'Identifica il cliente con codice cliente, data di nascita e risposta alla domanda di sicurezza.',
				'Nel gestionale carte, seleziona la carta e scegli «Blocco definitivo – furto» oppure «Blocco definitivo – smarrimento».',
				'Comunica al cliente il numero di blocco e invitalo ad annotarlo.',
				"Proponi l'emissione di una nuova carta, che arriva all'indirizzo di residenza in 5–7 giorni lavorativi."
			),
			note('In caso di furto il cliente deve sporgere denuncia entro 48 ore e inviarcene una copia: senza denuncia non possiamo contestare le operazioni non autorizzate.', 'warning'),
			h2('Operazioni non riconosciute'),
			p("Se il cliente segnala movimenti che non riconosce, apri una contestazione per ciascuna operazione dal gestionale. Il rimborso provvisorio viene accreditato entro il giorno lavorativo successivo, salvo sospetto di frode da parte del cliente."),
			p('Una carta bloccata per smarrimento non può essere riattivata, anche se il cliente la ritrova: la nuova carta va comunque emessa.')
		]
	},

	// --- Kronvall Bank (sv, en): retail bank.
	{
		key: 'kronvall-bankid-sv',
		client: 'Kronvall Bank',
		language: 'sv',
		title: 'Logga in med BankID',
		category: 'Account',
		verified: true,
		blocks: [
			p('Kunder loggar in i Kronvall Banks app och internetbank med Mobilt BankID. De flesta problem beror på en gammal version av BankID-appen eller ett BankID som har gått ut.'),
			h2('Vanliga problem'),
			ul(
				'”BankID saknas”: kunden har inget giltigt BankID på enheten. Ett nytt beställs i appen med pass eller nationellt id-kort.',
				'”Åtgärden avbruten”: kunden öppnade BankID-appen för sent. Be kunden försöka igen och öppna BankID direkt.',
				'QR-koden fungerar inte: kunden behöver uppdatera BankID-appen till den senaste versionen.'
			),
			h2('Spärra BankID'),
			ol(
				'Identifiera kunden med personnummer och kontrollfrågor.',
				'Spärra BankID i kundvyn under ”Säkerhet”.',
				'Förklara att ett nytt BankID kan beställas tidigast efter en timme.'
			),
			note('Kronvall Bank ringer aldrig och ber kunden legitimera sig med BankID. Om kunden har gjort det på uppmaning av någon annan, spärra BankID direkt och koppla samtalet till bedrägeriteamet.', 'warning'),
			p('Kunder utan svenskt personnummer kan inte få BankID. De loggar i stället in med en säkerhetsdosa, som beställs via kundtjänst. Det tar vanligtvis fem arbetsdagar innan dosan kommer fram med posten.')
		]
	},
	{
		key: 'kronvall-card-fees-en',
		client: 'Kronvall Bank',
		language: 'en',
		title: 'Card fees and disputed charges',
		category: 'Billing',
		draftOnly: true,
		blocks: [
			note('Draft: this article is being rewritten for the price list that applies from next quarter. Until it is published, use the current price list on the intranet.', 'warning'),
			h2('Fees'),
			ul(
				'Debit card: free for customers under 26, SEK 25 a month for everyone else.',
				'Cash withdrawals abroad: 1.5% of the amount, at least SEK 20.',
				'Card purchases in a foreign currency: a 1.65% exchange surcharge.',
				'Replacement card: free when the card is faulty, SEK 100 when it was lost.'
			),
			h2('Disputed charges'),
			ol(
				"Ask the customer to check whether the merchant's name on the statement matches a purchase they made.",
				'If it does not, block the card and open a dispute in the card system.',
				'Tell the customer that we refund the amount provisionally within 3 working days while the dispute is investigated.'
			),
			p('If the dispute is rejected, the provisional refund is taken back and the customer receives a letter explaining why. Customers can appeal within 30 days by replying to that letter with any receipts or messages from the merchant.')
		]
	},

	// --- Groenhaven Bank (nl, en, pl): online bank.
	{
		key: 'groenhaven-phishing-nl',
		client: 'Groenhaven Bank',
		language: 'nl',
		title: 'Phishing herkennen en melden',
		category: 'Security',
		verified: true,
		blocks: [
			p('Oplichters doen zich steeds vaker voor als medewerkers van Groenhaven Bank. Help de klant verdachte berichten te herkennen en grijp direct in als er al gegevens zijn gedeeld.'),
			h2('Kenmerken van phishing'),
			ul(
				"Een bericht dat haast maakt: 'uw rekening wordt vandaag geblokkeerd'.",
				'Een link naar een inlogpagina waarvan het adres niet op groenhaven.example eindigt.',
				"Een verzoek om een pincode, een inlogcode of een betaling 'naar een veilige rekening'."
			),
			h2('Als de klant gegevens heeft gedeeld'),
			ol(
				'Blokkeer direct de toegang tot internetbankieren en de betaalpas.',
				'Controleer samen met de klant de transacties van de afgelopen 24 uur.',
				'Maak een fraudemelding aan en verbind de klant door met het fraudeteam.',
				'Adviseer de klant om aangifte te doen bij de politie.'
			),
			note("Groenhaven Bank vraagt nooit om een pincode of inlogcode en vraagt nooit om geld over te maken naar een 'veilige rekening'. Herhaal dit altijd aan het einde van het gesprek.", 'warning'),
			p('Verdachte e-mails kan de klant doorsturen naar phishing@groenhaven.example. Ons securityteam laat nepwebsites meestal binnen een paar uur offline halen.')
		]
	},

	// --- Crédit Sérac (fr, de, it, en): private bank in Geneva.
	{
		key: 'serac-transfers-fr',
		client: 'Crédit Sérac',
		language: 'fr',
		title: 'Virements internationaux : délais et frais',
		category: 'Billing',
		verified: true,
		blocks: [
			p("Les clients de Crédit Sérac peuvent effectuer des virements dans plus de 40 devises depuis l'e-banking. Les délais et les frais dépendent de la devise et du pays du bénéficiaire."),
			h2("Délais d'exécution"),
			ul(
				'Virement SEPA en euros : le jour ouvrable suivant.',
				"Virement en francs suisses vers une banque en Suisse : le jour même s'il est saisi avant 15 h.",
				'Autres devises : deux à quatre jours ouvrables selon les banques correspondantes.'
			),
			h2('Frais'),
			p("Les virements SEPA sont gratuits pour les comptes Privé et Premium. Les autres virements internationaux coûtent 10 CHF, auxquels s'ajoutent les éventuels frais des banques correspondantes si le client choisit l'option « OUR »."),
			note("Si un virement n'est pas arrivé dans le délai annoncé, demandez au client l'IBAN et le code BIC du bénéficiaire : la plupart des retards viennent d'une erreur dans ces données.", 'tip'),
			h3('Rechercher un virement'),
			ol(
				"Retrouvez le virement dans l'historique des paiements.",
				"Téléchargez l'avis d'exécution, qui porte la référence SWIFT.",
				"Si nécessaire, lancez une recherche auprès de la banque correspondante depuis l'outil « Investigations »."
			)
		]
	},

	// --- Assurelia (fr, en): home and car insurance.
	{
		key: 'assurelia-home-claim-fr',
		client: 'Assurelia',
		language: 'fr',
		title: 'Déclarer un sinistre habitation',
		category: 'Claims',
		verified: true,
		blocks: [
			p("Un assuré Assurelia dispose de cinq jours ouvrés pour déclarer un sinistre habitation, et de deux jours ouvrés en cas de vol. La déclaration peut se faire par téléphone, dans l'espace client ou dans l'application."),
			h2('Informations à recueillir'),
			ul(
				"Le numéro de contrat et l'adresse du logement concerné.",
				"La date, l'heure et les circonstances du sinistre.",
				'La liste des biens endommagés, avec factures ou photos si possible.',
				'Pour un dégât des eaux, les coordonnées du voisin ou du syndic concerné.'
			),
			h2('Après la déclaration'),
			ol(
				"Créez le dossier dans l'outil de gestion des sinistres et communiquez son numéro à l'assuré.",
				"Si les dommages dépassent 1 500 €, un expert est missionné ; il contacte l'assuré sous 72 heures.",
				"Rappelez à l'assuré de conserver les biens endommagés jusqu'au passage de l'expert."
			),
			note('En cas de vol, le dépôt de plainte est obligatoire. Demandez le récépissé avant de transmettre le dossier au gestionnaire.', 'warning'),
			p("Si le logement est devenu inhabitable, la garantie relogement prend en charge l'hôtel jusqu'à 30 nuits. Proposez-la dès le premier appel.")
		]
	},

	// --- Kessler & Brandt Versicherung (de, pl, en): car and household insurance.
	{
		key: 'kessler-cancellation-de',
		client: 'Kessler & Brandt Versicherung',
		language: 'de',
		title: 'Kündigung eines Versicherungsvertrags',
		category: 'Account',
		blocks: [
			p('Kundinnen und Kunden können ihren Vertrag bei Kessler & Brandt mit einer Frist von drei Monaten zum Ende der Vertragslaufzeit kündigen. Daneben gibt es Sonderkündigungsrechte.'),
			h2('Sonderkündigungsrecht'),
			ul(
				'Nach einer Beitragserhöhung: innerhalb eines Monats nach Erhalt der Mitteilung.',
				'Nach einem Schadensfall: innerhalb eines Monats nach Abschluss der Regulierung.',
				'Beim Verkauf des versicherten Fahrzeugs: Der Vertrag endet mit der Ummeldung.'
			),
			h2('Kündigung aufnehmen'),
			ol(
				'Prüfen Sie die Identität anhand von Versicherungsscheinnummer, Geburtsdatum und Anschrift.',
				'Erfassen Sie die Kündigung im Bestandssystem und wählen Sie den Kündigungsgrund aus.',
				'Nennen Sie das Vertragsende und weisen Sie darauf hin, dass die Bestätigung per Post kommt.'
			),
			note('Fragen Sie nach dem Grund der Kündigung. Bei Beitragserhöhungen kann das Team Kundenbindung ein Angebot machen: Bieten Sie an, den Kontakt herzustellen.', 'tip'),
			p('Eine telefonische Kündigung ist wirksam, sobald sie im System erfasst ist; eine Unterschrift ist nicht nötig.'),
			h3('Widerruf neuer Verträge'),
			p('Verträge, die vor weniger als 14 Tagen abgeschlossen wurden, können ohne Angabe von Gründen widerrufen werden. Bereits gezahlte Beiträge werden dann anteilig erstattet.')
		]
	},

	// --- Seguros Alameda (es, pt): car insurance.
	{
		key: 'alameda-car-claim-es',
		client: 'Seguros Alameda',
		language: 'es',
		title: 'Parte de accidente de coche: cómo tramitarlo',
		category: 'Claims',
		verified: true,
		blocks: [
			p('Cuando un asegurado de Seguros Alameda sufre un accidente de tráfico, el objetivo de la primera llamada es registrar el siniestro y organizar la asistencia si el vehículo no puede circular.'),
			h2('Datos que necesitamos'),
			ul(
				'Matrícula de los vehículos implicados y compañía aseguradora del contrario.',
				'Fecha, hora y lugar exacto del accidente.',
				'Una copia o foto de la declaración amistosa de accidente, firmada por ambos conductores.',
				'Datos de los testigos, si los hay.'
			),
			h2('Pasos'),
			ol(
				'Comprueba que la póliza está en vigor y qué coberturas incluye.',
				'Registra el siniestro en la herramienta de siniestros y facilita al asegurado el número de expediente.',
				'Si el vehículo no puede circular, solicita la grúa desde el mismo expediente.',
				'Indica al asegurado el taller concertado más cercano.'
			),
			note('Si hay heridos, el asegurado debe llamar primero al 112. No tramites el parte hasta que la situación esté controlada.', 'warning'),
			p('La declaración amistosa debe enviarse en un plazo de siete días. Sin ella, el expediente puede retrasarse varias semanas.')
		]
	},

	// --- Tulpa Verzekeringen (nl, sv, en): travel and home insurance.
	{
		key: 'tulpa-travel-claim-nl',
		client: 'Tulpa Verzekeringen',
		language: 'nl',
		title: 'Reisverzekering: schade melden vanuit het buitenland',
		category: 'Claims',
		verified: true,
		blocks: [
			p('Klanten met een reisverzekering van Tulpa kunnen dag en nacht de alarmcentrale bellen. Schade die geen haast heeft, melden ze na thuiskomst via Mijn Tulpa.'),
			h2('Wanneer de alarmcentrale inschakelen'),
			ul(
				'Bij een ziekenhuisopname of een medische behandeling van meer dan € 500.',
				'Als de klant eerder naar huis moet door ziekte of overlijden van een familielid.',
				'Bij diefstal van een paspoort of tickets, zodat de reis kan worden voortgezet.'
			),
			h2('Schade melden na thuiskomst'),
			ol(
				"De klant logt in op Mijn Tulpa en kiest 'Schade melden'.",
				'De klant uploadt de aankoopbonnen, de doktersverklaring of het proces-verbaal van de politie.',
				'De schadebehandelaar beoordeelt de claim binnen tien werkdagen.'
			),
			note('Bagage is verzekerd tot € 3.000 per persoon, met een maximum van € 750 voor elektronica. Leg dit uit voordat de klant een claim indient.'),
			p('Het eigen risico is € 50 per gebeurtenis. Bij een doorlopende reisverzekering met werelddekking geldt geen eigen risico. Geef de klant na de melding altijd het schadenummer, zodat die de status later zelf kan volgen in Mijn Tulpa.')
		]
	}
];
