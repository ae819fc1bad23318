import type { ScenarioTexts } from './types';

export const FR: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Où en est ma commande {order} ?',
		customer: [
			"Bonjour, j'ai commandé il y a une semaine et le site annonçait une livraison en 2 à 3 jours. Le suivi de la commande {order} n'a pas bougé depuis lundi et indique maintenant une livraison le {date}. Que se passe-t-il ?",
			"D'accord, merci. Et si elle n'est toujours pas arrivée à cette date ?"
		],
		hero: [
			"Bonjour {customer}, toutes nos excuses pour ce retard. Le transporteur m'indique que votre colis est bloqué dans son agence régionale à cause d'un fort volume, et le {date} est sa dernière estimation. {hero}",
			"Dans ce cas, répondez simplement à ce message et je vous renvoie un colis immédiatement, sans attendre l'enquête du transporteur. Bonne journée, {hero}"
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Remboursement de la commande {order} non reçu',
		customer: [
			"Bonjour, j'ai renvoyé la commande {order} il y a presque trois semaines et je n'ai toujours pas reçu mon remboursement de {amount}. D'après le suivi, le colis vous a été livré il y a dix jours.",
			"Merci. Pouvez-vous m'envoyer une confirmation écrite, au cas où il n'apparaîtrait pas ?"
		],
		hero: [
			"Bonjour {customer}, toutes nos excuses : votre retour a bien été contrôlé, mais le remboursement est resté bloqué dans notre système. Je viens d'effectuer le remboursement de {amount}, vous devriez le voir sur votre carte d'ici le {date}.",
			"Bien sûr, je vous ai envoyé par e-mail la confirmation du remboursement avec la référence de la transaction ; votre banque pourra retrouver le paiement grâce à elle. Cordialement, {hero}"
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Échange pour une pointure au-dessus',
		customer: [
			'Bonjour, les chaussures de la commande {order} sont trop petites. Est-il possible de les échanger contre une pointure au-dessus (43 au lieu de 42) ?',
			"Super, merci. Faut-il obligatoirement le carton d'origine ?",
			'Parfait, merci beaucoup !'
		],
		hero: [
			"Bonjour {customer}, bien sûr ! J'ai créé l'échange : vous allez recevoir une étiquette de retour prépayée par e-mail, et nous expédierons le 43 dès que le transporteur aura scanné votre colis.",
			"N'importe quel carton solide fera l'affaire, tant que les chaussures n'ont pas été portées et sont dans leur boîte. Belle journée, {hero}"
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Commande {order} arrivée endommagée',
		customer: [
			"Bonjour, le colis de la commande {order} est arrivé écrasé et l'article {product} à l'intérieur est abîmé. Je vous joins trois photos.",
			"Merci, quelle rapidité ! Dois-je vous renvoyer l'article abîmé ?"
		],
		hero: [
			'Bonjour {customer}, toutes nos excuses pour ce désagrément, et merci pour les photos. Je vous envoie gratuitement un nouvel article {product}, qui quittera notre entrepôt demain.',
			"Non, vous pouvez le garder ou le recycler, nous n'en avons pas besoin. Bien cordialement, {hero}"
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Annulation de la commande {order}',
		customer: [
			"Bonjour, j'ai passé la même commande deux fois par erreur ce matin. Pouvez-vous annuler la commande {order} avant son expédition ?",
			"Merci. Quand vais-je récupérer les {amount} ? J'ai payé par carte."
		],
		hero: ["C'est fait. {hero}", 'Bonjour {customer}, quelques jours, ça dépend de votre banque.']
	},
	'ecommerce.promo-code': {
		subject: 'Code promo refusé',
		customer: [
			"Bonjour, le code BIENVENUE15 de votre newsletter a été refusé au paiement, j'ai donc payé le plein tarif de {amount} pour la commande {order}. Pouvez-vous quand même appliquer la réduction ? Et le code fonctionne-t-il aussi sur les articles soldés ?",
			"Merci ! Vous n'avez pas répondu à ma deuxième question : le code marche-t-il sur les articles soldés ?"
		],
		hero: [
			"Bonjour {customer}, toutes nos excuses pour ce souci ! J'ai remboursé 15 % de la commande {order} sur votre moyen de paiement, vous le verrez d'ici quelques jours. {hero}",
			"Pardon, {customer} ! Non, le code de bienvenue n'est pas valable sur les articles déjà remisés."
		]
	},
	'mobility.battery-empty': {
		subject: 'Trottinette à plat en plein trajet',
		customer: [
			"Bonjour, la batterie de la trottinette s'est vidée au milieu de mon trajet {order}, alors que l'appli affichait 40 % au déverrouillage. J'ai dû la pousser sur 2 km.",
			"Merci. Ça inclut aussi le temps où je l'ai poussée ? Le trajet ne s'est terminé qu'une fois la trottinette garée."
		],
		hero: [
			"Bonjour {customer}, toutes nos excuses pour ce désagrément. L'indicateur de batterie de cette trottinette était erroné : je vous ai remboursé l'intégralité du trajet {order} et l'engin part en maintenance. {hero}",
			'Oui, tout le trajet est remboursé, y compris ces dernières minutes.'
		]
	},
	'mobility.charged-twice': {
		subject: 'Double prélèvement pour le trajet {order}',
		customer: ["Bonjour, on m'a prélevé deux fois {amount} pour le même trajet hier ({order}). Pouvez-vous rembourser le deuxième paiement ?", 'Parfait, merci !'],
		hero: [
			"Bonjour {customer}, merci de nous l'avoir signalé : je vois bien le doublon, dû à un incident chez notre prestataire de paiement. Je vous ai remboursé {amount}, le montant devrait apparaître sur votre carte d'ici le {date}. Bonne journée, {hero}"
		]
	},
	'mobility.account-blocked': {
		subject: 'Compte bloqué, impossible de déverrouiller',
		customer: [
			"Bonjour, l'appli indique que mon compte est bloqué et je ne peux déverrouiller aucun véhicule. Je n'ai rien fait de mal, que se passe-t-il ?",
			"J'ai mis à jour la carte il y a une heure et c'est toujours bloqué."
		],
		hero: ["Bonjour {customer}, votre carte enregistrée a expiré. Mettez-la à jour dans l'appli. {hero}", 'Déconnectez-vous et reconnectez-vous.']
	},
	'mobility.parking-fine': {
		subject: 'Amende de stationnement – trajet {order}',
		customer: [
			"Bonjour, j'ai reçu un e-mail m'indiquant que {amount} pour une amende de stationnement liée au trajet {order} seront prélevés sur ma carte le {date}. J'ai pourtant terminé le trajet dans une zone autorisée et pris la photo de fin de trajet, comme le demande l'appli.",
			'Merci. Vous me tiendrez au courant de la suite ?'
		],
		hero: [
			"Bonjour {customer}, merci pour ces précisions. Votre photo montre bien la voiture correctement garée : j'ai donc contesté l'amende auprès de la mairie et annulé le prélèvement prévu le {date}.",
			'Oui, nous vous écrirons dès que la mairie aura répondu, en général sous quatre semaines. Cordialement, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Voiture déjà endommagée avant mon trajet',
		customer: [
			"Bonjour, la voiture de ma réservation {order} a une grosse rayure sur la portière arrière et un rétroviseur fissuré. Je n'ai pas encore démarré et je préfère le signaler avant.",
			"C'est fait, les photos sont envoyées. Vous me confirmez qu'on ne me le facturera pas plus tard ?"
		],
		hero: [
			"Bonjour {customer}, vous avez bien fait de le signaler avant de partir. Prenez des photos et ajoutez-les dans l'appli, rubrique « Signaler un dommage », puis vous pourrez y aller. {hero}",
			'Oui : les dégâts sont maintenant enregistrés sur le véhicule, horodatés avant votre trajet, ils ne vous seront donc pas imputés. Bonne route !'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Résiliation de mon abonnement {product}',
		customer: [
			"Bonjour, je pars vivre à l'étranger et je souhaite résilier mon abonnement {product}. Pourrai-je récupérer une partie du montant de ce mois-ci ?",
			"D'accord, et pour le remboursement du reste du mois ?"
		],
		hero: [
			"Bonjour {customer}, j'ai résilié votre abonnement {product} : il reste actif jusqu'au {date} et ne sera pas renouvelé ensuite. {hero}",
			"Le mois en cours n'est pas remboursable."
		]
	},
	'banking.card-blocked': {
		subject: 'Carte bloquée en voyage',
		customer: [
			"Bonjour, ma carte a été refusée dans une pharmacie à Lisbonne et l'appli indique qu'elle est bloquée. Je suis en voyage jusqu'à la semaine prochaine et j'en ai vraiment besoin.",
			"Oui, c'était bien moi.",
			'Elle fonctionne de nouveau, merci beaucoup !'
		],
		hero: [
			"Bonjour {customer}, la carte a été bloquée automatiquement car ce paiement semblait inhabituel. Pouvez-vous me confirmer que vous avez tenté de payer dans une pharmacie à Lisbonne vers 14 h aujourd'hui ?",
			"Merci pour votre confirmation. J'ai débloqué la carte et noté votre séjour au Portugal, elle devrait fonctionner immédiatement. Bon voyage ! {hero}"
		]
	},
	'banking.unknown-transaction': {
		subject: 'Paiement par carte que je ne reconnais pas',
		customer: [
			"Bonjour, je vois un paiement par carte de {amount} d'hier chez DIGISERV*ONLINE que je n'ai jamais effectué. Que dois-je faire ?",
			"Merci. Vais-je récupérer l'argent, et dans quel délai ?"
		],
		hero: [
			"Bonjour {customer}, merci de nous l'avoir signalé aussi vite. J'ai fait opposition sur votre carte, commandé une nouvelle carte et ouvert une contestation pour les {amount} sous la référence {order}. {hero}",
			"Si l'enquête confirme la fraude, le montant sera recrédité sur votre compte, généralement sous 10 jours ouvrés. Nous vous tiendrons au courant par e-mail."
		]
	},
	'banking.transfer-delayed': {
		subject: 'Virement {order} non reçu',
		customer: [
			"J'ai envoyé {amount} à ma sœur lundi (référence {order}) et elle ne les a toujours pas reçus. L'appli indique pourtant que le virement est effectué.",
			"On est jeudi. Pouvez-vous vérifier où est l'argent ?"
		],
		hero: [
			'Les virements vers une autre banque prennent 1 à 2 jours ouvrés.',
			"Bonjour {customer}, pardon pour ma réponse un peu sèche. J'ai vérifié le virement {order} : il a été retenu pour un contrôle de sécurité de routine et libéré ce matin, votre sœur devrait le recevoir aujourd'hui. {hero}"
		]
	},
	'banking.login-reset': {
		subject: 'Impossible de me connecter à la banque en ligne',
		customer: [
			"Bonjour, j'ai oublié mon mot de passe et le lien de réinitialisation reçu par e-mail a déjà expiré. Pouvez-vous m'aider ?",
			"Ça a marché, merci ! Dois-je aussi reconfigurer l'application ?"
		],
		hero: [
			"Bonjour {customer}, pas de souci. Je vous ai envoyé un nouveau lien, valable 30 minutes : pensez à l'utiliser tout de suite.",
			"Non, l'application vous demandera simplement votre nouveau mot de passe à la prochaine ouverture. Bien cordialement, {hero}"
		]
	},
	'banking.statement-request': {
		subject: 'Relevés de compte pour mon prêt immobilier',
		customer: [
			"Bonjour, j'ai besoin de mes relevés de compte des 12 derniers mois pour mon rendez-vous de prêt immobilier le {date}. Pourriez-vous aussi m'envoyer une copie papier tamponnée par courrier ?",
			'Merci. Et pour la copie papier tamponnée ?'
		],
		hero: [
			"Bonjour {customer}, j'ai généré les relevés des 12 derniers mois, vous les trouverez dans votre espace en ligne, rubrique Documents. Cordialement, {hero}",
			"Pardon, j'avais oublié ce point. J'ai commandé la copie tamponnée : elle part sous 3 jours ouvrés et devrait vous parvenir avant le {date}."
		]
	},
	'banking.address-change': {
		subject: 'Nouvelle adresse à partir du {date}',
		customer: [
			'Bonjour, je déménage le {date}. Puis-je simplement vous envoyer ma nouvelle adresse ici pour que vous mettiez à jour mon compte ?',
			"D'accord, c'est fait dans l'appli. Ma nouvelle carte sera-t-elle envoyée à la nouvelle adresse ?"
		],
		hero: [
			"Bonjour {customer}, pour des raisons de sécurité, nous ne pouvons pas modifier une adresse par messagerie. Merci de la mettre à jour dans l'appli, rubrique Profil > Informations personnelles : cela prend deux minutes.",
			'Oui, tous les courriers et cartes envoyés après le {date} partiront à votre nouvelle adresse. Merci, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Où en est mon dossier dégât des eaux ?',
		customer: [
			"Bonjour, j'ai déclaré un dégât des eaux dans ma cuisine il y a trois semaines (contrat {order}) et je n'ai aucune nouvelle depuis. Où en est mon dossier ?",
			'Entendu. Puis-je déjà commencer les travaux ou dois-je attendre la visite ?',
			"C'est noté, merci."
		],
		hero: [
			"Bonjour {customer}, merci pour votre patience. Votre dossier est entre les mains de l'expert, qui passera chez vous le {date} ; il vous appellera la veille pour confirmer l'heure. {hero}",
			"Si possible, attendez la visite. Si des travaux sont urgents, gardez les photos et les factures de tout ce qui est fait, pour qu'ils puissent quand même être pris en charge."
		]
	},
	'insurance.new-claim': {
		subject: 'Vélo volé : comment déclarer le sinistre ?',
		customer: [
			"Bonjour, on m'a volé mon vélo cette nuit dans la cave fermée à clé de mon immeuble. Mon numéro de contrat est {order}. Comment faire une déclaration de sinistre ?",
			'Voici les deux documents. Y a-t-il une franchise ?'
		],
		hero: [
			"Bonjour {customer}, nous sommes navrés d'apprendre ce vol. J'ai ouvert le dossier pour vous : merci de nous envoyer en réponse le dépôt de plainte et la facture d'achat du vélo. {hero}",
			"Merci, c'est bien reçu. Oui, une franchise de 10 % de l'indemnité s'applique ; le reste est versé une fois le sinistre accepté."
		]
	},
	'insurance.certificate-request': {
		subject: "Besoin d'une attestation d'assurance",
		customer: [
			"Bonjour, j'ai besoin d'une attestation d'assurance pour mon contrat {product} ({order}), pour un dossier administratif. Pouvez-vous m'en envoyer une ?",
			"J'ai cherché, mais je ne la trouve nulle part. Où est-elle exactement ?"
		],
		hero: [
			'Elle est téléchargeable dans votre espace client.',
			"Bonjour {customer}, pardon, voici le chemin exact : Mes contrats > {order} > Documents. Je vous la joins aussi à ce message. {hero}"
		]
	},
	'insurance.premium-increase': {
		subject: 'Pourquoi ma cotisation augmente-t-elle ?',
		customer: [
			"Bonjour, mon avis d'échéance indique que ma cotisation {product} (contrat {order}) passe à {amount} par mois. Je n'ai déclaré aucun sinistre, alors pourquoi cette hausse ?",
			"C'est beaucoup. Y a-t-il un moyen de la réduire ?"
		],
		hero: [
			"Bonjour {customer}, je comprends votre surprise. Cette hausse n'est pas liée à votre profil : les coûts de réparation et de santé ont augmenté sur tout le marché, et elle s'applique cette année à tous les contrats {product}.",
			"Vous pourriez choisir une franchise plus élevée ou passer au paiement annuel, ce qui permet d'économiser environ 10 % au total. Voulez-vous que je vous envoie un devis ? Cordialement, {hero}"
		]
	},
	'insurance.cancel-policy': {
		subject: 'Résiliation du contrat {order} – voiture vendue',
		customer: [
			"Bonjour, j'ai vendu ma voiture et l'acheteur vient la chercher le {date}. Merci de résilier le contrat {order} à compter de cette date. Avez-vous besoin du certificat de cession, et vais-je récupérer la cotisation payée d'avance ?",
			"Ci-joint. Par contre, vous ne m'avez rien dit sur la cotisation payée d'avance."
		],
		hero: ['Bonjour {customer}, oui, merci de nous envoyer une copie du certificat de cession et nous mettrons fin au contrat le {date}. {hero}']
	},
	'insurance.add-driver': {
		subject: 'Ajouter mon fils comme conducteur',
		customer: [
			"Bonjour, mon fils vient d'avoir son permis. Je voudrais l'ajouter comme conducteur sur le contrat {order} à partir du {date}.",
			"C'est envoyé. Combien ça va coûter en plus ?"
		],
		hero: [
			'Bonjour {customer}, félicitations à lui ! Envoyez-nous ses nom et prénom, sa date de naissance et une copie de son permis, et je prépare le nouveau devis.',
			"En tant que jeune conducteur, il fait augmenter la cotisation d'environ 35 % ; je vous ai envoyé le devis exact par e-mail. Dès que vous l'acceptez, il est couvert à partir du {date}. Bonne journée, {hero}"
		]
	}
};
