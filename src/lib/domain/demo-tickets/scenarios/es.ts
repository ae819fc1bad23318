import type { ScenarioTexts } from './types';

/** Shops and mobility apps address customers with "tú"; the bank and the insurer with "usted". */
export const ES: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: '¿Dónde está mi pedido {order}?',
		customer: [
			'Hola, hice el pedido hace una semana y en la web ponía entrega en 2-3 días. El seguimiento del {order} no se mueve desde el lunes y ahora dice que llegará el {date}. ¿Qué está pasando?',
			'Vale, gracias. ¿Y si para entonces sigue sin llegar?'
		],
		hero: [
			'Hola, {customer}. Perdona el retraso. La empresa de transporte me confirma que tu paquete está retenido en su centro regional por el volumen de envíos, y el {date} es su última estimación. {hero}',
			'En ese caso, responde a este mensaje y te mando otro al momento, sin esperar a la investigación del transportista. Un saludo, {hero}'
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'No he recibido el reembolso del pedido {order}',
		customer: [
			'Hola, devolví el pedido {order} hace casi tres semanas y todavía no me ha llegado el reembolso de {amount}. Según el seguimiento, lo recibisteis hace diez días.',
			'Gracias. ¿Me podéis mandar algo por escrito por si no aparece?'
		],
		hero: [
			'Hola, {customer}. Te pedimos disculpas: revisamos tu devolución, pero el reembolso se quedó atascado en nuestro sistema. Acabo de tramitar los {amount} y deberías tenerlos en tu tarjeta antes del {date}.',
			'Claro, te he enviado por email la confirmación del reembolso con la referencia de la transacción; con ella tu banco puede localizar el pago. Un saludo, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Cambio por un número más',
		customer: [
			'Hola, las zapatillas del pedido {order} me quedan pequeñas. ¿Puedo cambiarlas por un número más (43 en vez de 42)?',
			'Genial, gracias. ¿Tiene que ser la caja original?',
			'¡Perfecto, muchas gracias!'
		],
		hero: [
			'Hola, {customer}. ¡Claro! Ya he creado el cambio: te llegará por email una etiqueta de devolución prepagada y te enviaremos el 43 en cuanto el transportista escanee tu paquete.',
			'Vale cualquier caja resistente, siempre que las zapatillas estén sin usar y dentro de su caja. ¡Que tengas un buen día! {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'El pedido {order} ha llegado dañado',
		customer: [
			'Hola, el paquete del pedido {order} llegó aplastado y el artículo {product} que venía dentro está dañado. Os adjunto tres fotos.',
			'Gracias, ¡qué rapidez! ¿Tengo que devolver el que está dañado?'
		],
		hero: [
			'Hola, {customer}. Lo sentimos muchísimo, y gracias por las fotos. Te he enviado un artículo {product} nuevo sin coste; sale mañana de nuestro almacén.',
			'No, puedes quedártelo o reciclarlo, no hace falta que nos lo devuelvas. Un saludo, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Cancelar el pedido {order}',
		customer: [
			'Hola, esta mañana hice el mismo pedido dos veces sin querer. ¿Podéis cancelar el pedido {order} antes de que se envíe?',
			'Gracias. ¿Cuándo me devolvéis los {amount}? Pagué con tarjeta.'
		],
		hero: ['Hecho. {hero}', 'Hola, {customer}. Unos días, depende de tu banco.']
	},
	'ecommerce.promo-code': {
		subject: 'El código de descuento no funciona',
		customer: [
			'Hola, el código BIENVENIDA15 de vuestra newsletter no me lo aceptó al pagar, así que pagué los {amount} completos del pedido {order}. ¿Me podéis aplicar el descuento igualmente? ¿Y el código vale también para artículos rebajados?',
			'¡Gracias! Pero no me has contestado a la segunda pregunta: ¿vale para artículos rebajados?'
		],
		hero: [
			'Hola, {customer}. ¡Perdona las molestias! Te he devuelto el 15 % del pedido {order} a tu método de pago; lo verás en unos días. {hero}',
			'¡Disculpa, {customer}! No, el código de bienvenida no es válido para artículos que ya están rebajados.'
		]
	},
	'mobility.battery-empty': {
		subject: 'El patinete se quedó sin batería a mitad de trayecto',
		customer: [
			'Hola, el patinete se quedó sin batería a mitad de mi trayecto {order}, aunque la app marcaba un 40 % al desbloquearlo. Tuve que empujarlo 2 km.',
			'Gracias. ¿Eso incluye el tiempo que estuve empujándolo? El trayecto no terminó hasta que lo aparqué.'
		],
		hero: [
			'Hola, {customer}. Sentimos mucho las molestias. El indicador de batería de ese patinete fallaba: te he reembolsado el trayecto {order} completo y hemos mandado el patinete a mantenimiento. {hero}',
			'Sí, se reembolsa el trayecto entero, también esos últimos minutos.'
		]
	},
	'mobility.charged-twice': {
		subject: 'Me habéis cobrado dos veces el trayecto {order}',
		customer: ['Hola, ayer me cobrasteis dos veces {amount} por el mismo trayecto ({order}). Por favor, devolvedme el segundo cargo.', '¡Perfecto, gracias!'],
		hero: [
			'Hola, {customer}. Gracias por avisarnos: veo el cargo duplicado, debido a una incidencia de nuestro proveedor de pagos. Te he devuelto {amount} y deberías verlo en tu tarjeta antes del {date}. Un saludo, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Cuenta bloqueada, no puedo desbloquear nada',
		customer: [
			'Hola, la app dice que mi cuenta está bloqueada y no puedo desbloquear ningún vehículo. No he hecho nada raro, ¿qué pasa?',
			'Actualicé la tarjeta hace una hora y sigue bloqueada.'
		],
		hero: ['Hola, {customer}. Tu tarjeta guardada ha caducado. Actualízala en la app. {hero}', 'Cierra sesión y vuelve a entrar.']
	},
	'mobility.parking-fine': {
		subject: 'Multa de aparcamiento del trayecto {order}',
		customer: [
			'Hola, me habéis escrito que el {date} me cargaréis {amount} en la tarjeta por una multa de aparcamiento del trayecto {order}. Terminé el trayecto en una zona señalizada e hice la foto final, como pide la app.',
			'Gracias. ¿Me avisaréis de cómo acaba?'
		],
		hero: [
			'Hola, {customer}. Gracias por explicárnoslo. En tu foto se ve el coche bien aparcado, así que he recurrido la multa ante el ayuntamiento y he anulado el cargo previsto para el {date}.',
			'Sí, te escribiremos en cuanto responda el ayuntamiento, normalmente en unas cuatro semanas. Un saludo, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'El coche ya estaba dañado antes de mi trayecto',
		customer: [
			'Hola, el coche de mi reserva {order} tiene un arañazo profundo en la puerta trasera y un retrovisor roto. Todavía no he arrancado y quiero avisar antes.',
			'Hecho, ya he subido las fotos. ¿Seguro que no me lo cobraréis después?'
		],
		hero: [
			'Hola, {customer}. Haces bien en avisar antes de salir. Haz unas fotos y súbelas en la app, en «Notificar daños», y ya puedes irte. {hero}',
			'Sí: los daños quedan registrados en el vehículo con fecha y hora anteriores a tu trayecto, así que no se te atribuirán. ¡Buen viaje!'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Baja de mi suscripción {product}',
		customer: [
			'Hola, me voy a vivir al extranjero y quiero cancelar mi suscripción {product}. ¿Me devolvéis parte de la cuota de este mes?',
			'Vale, ¿y lo del reembolso del resto del mes?'
		],
		hero: [
			'Hola, {customer}. He cancelado tu suscripción {product}: seguirá activa hasta el {date} y después no se renovará. {hero}',
			'El mes en curso no se reembolsa.'
		]
	},
	'banking.card-blocked': {
		subject: 'Tarjeta bloqueada estando de viaje',
		customer: [
			'Hola, me han rechazado la tarjeta en una farmacia de Lisboa y en la app pone que está bloqueada. Estoy de viaje hasta la semana que viene y la necesito.',
			'Sí, era yo.',
			'¡Ya funciona, muchas gracias!'
		],
		hero: [
			'Buenos días, {customer}. La tarjeta se bloqueó automáticamente porque el pago parecía inusual. ¿Puede confirmarme que intentó pagar hoy hacia las 14:00 en una farmacia de Lisboa?',
			'Gracias por confirmarlo. He desbloqueado la tarjeta y he anotado su viaje a Portugal, así que debería funcionar ya. ¡Buen viaje! {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Pago con tarjeta que no reconozco',
		customer: [
			'Buenas, tengo un cargo de ayer de {amount} en DIGISERV*ONLINE que yo no he hecho. ¿Qué tengo que hacer?',
			'Gracias. ¿Recuperaré el dinero? ¿Cuánto tarda?'
		],
		hero: [
			'Hola, {customer}. Gracias por avisarnos tan rápido. He bloqueado su tarjeta, he pedido una nueva y he abierto una reclamación por los {amount} con la referencia {order}. {hero}',
			'Si la investigación confirma el fraude, le abonaremos el importe en su cuenta, normalmente en un plazo de 10 días hábiles. Le iremos informando por email.'
		]
	},
	'banking.transfer-delayed': {
		subject: 'La transferencia {order} no ha llegado',
		customer: [
			'El lunes le mandé {amount} a mi hermana (referencia {order}) y todavía no le han llegado. En la app la transferencia aparece como realizada.',
			'Ya es jueves. ¿Pueden mirar dónde está el dinero?'
		],
		hero: [
			'Las transferencias a otros bancos tardan de 1 a 2 días hábiles.',
			'Hola, {customer}. Disculpe mi respuesta tan escueta de antes. He revisado la transferencia {order}: quedó retenida en un control de seguridad rutinario y se liberó esta mañana, así que su hermana debería recibirla hoy. {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'No puedo entrar en la banca online',
		customer: [
			'Hola, he olvidado la contraseña y el enlace para restablecerla que me mandaron por email ya ha caducado. ¿Me pueden ayudar?',
			'¡Ha funcionado, gracias! ¿Tengo que volver a configurar la app?'
		],
		hero: [
			'Hola, {customer}. No se preocupe: le he enviado un enlace nuevo, válido durante 30 minutos, así que le recomiendo usarlo ahora mismo.',
			'No, la app simplemente le pedirá la nueva contraseña la próxima vez que la abra. Un cordial saludo, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Extractos para mi hipoteca',
		customer: [
			'Buenos días, necesito los extractos de mi cuenta de los últimos 12 meses para la cita de la hipoteca del {date}. ¿Podrían enviarme también una copia en papel sellada por correo postal?',
			'Gracias. ¿Y la copia sellada en papel?'
		],
		hero: [
			'Hola, {customer}. He generado los extractos de los últimos 12 meses; los tiene en la banca online, en el apartado Documentos. Un saludo, {hero}',
			'Disculpe, se me pasó. Ya he solicitado la copia sellada: se envía en 3 días hábiles y debería llegarle antes del {date}.'
		]
	},
	'banking.address-change': {
		subject: 'Nueva dirección a partir del {date}',
		customer: [
			'Hola, me mudo el {date}. ¿Puedo mandarles aquí mi nueva dirección para que la cambien en mi cuenta?',
			'Vale, ya lo he hecho en la app. ¿La tarjeta nueva me llegará a la nueva dirección?'
		],
		hero: [
			'Hola, {customer}. Por motivos de seguridad, no podemos cambiar la dirección por mensaje. Actualícela en la app, en Perfil > Datos personales; son dos minutos.',
			'Sí, todas las cartas y tarjetas que enviemos después del {date} irán a su nueva dirección. Gracias, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Estado de mi parte por daños por agua',
		customer: [
			'Buenos días, hace tres semanas di parte de unos daños por agua en la cocina (póliza {order}) y desde entonces no sé nada. ¿En qué punto está?',
			'De acuerdo. ¿Puedo empezar ya con las reparaciones o tengo que esperar a la visita?',
			'Entendido, gracias.'
		],
		hero: [
			'Hola, {customer}. Gracias por su paciencia. Su expediente lo tiene el perito, que irá a su casa el {date}; le llamará el día antes para confirmar la hora. {hero}',
			'Si puede, espere a la visita. Si algo es urgente, guarde fotos y facturas de todo lo que se haga, para que pueda cubrirse igualmente.'
		]
	},
	'insurance.new-claim': {
		subject: 'Me han robado la bici: ¿cómo doy parte?',
		customer: [
			'Hola, anoche me robaron la bici del trastero cerrado de mi edificio. Mi número de póliza es {order}. ¿Cómo doy parte?',
			'Aquí tienen los dos documentos. ¿Hay franquicia?'
		],
		hero: [
			'Hola, {customer}. Sentimos mucho lo ocurrido. Le he abierto el parte: responda a este mensaje con la denuncia de la policía y la factura de compra de la bici. {hero}',
			'Gracias, recibidos. Sí, hay una franquicia del 10 % de la indemnización; el resto se abona cuando se apruebe el siniestro.'
		]
	},
	'insurance.certificate-request': {
		subject: 'Necesito un certificado de seguro',
		customer: [
			'Buenos días, necesito un certificado de seguro de mi póliza {product} ({order}) para un trámite administrativo. ¿Me lo pueden enviar?',
			'Lo he buscado, pero no lo encuentro. ¿Dónde está exactamente?'
		],
		hero: [
			'Puede descargarlo en el área de clientes.',
			'Hola, {customer}. Disculpe, le indico la ruta exacta: Mis pólizas > {order} > Documentos. También se lo adjunto a este mensaje. {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: '¿Por qué me suben la prima?',
		customer: [
			'Hola, en la carta de renovación pone que la prima de mi póliza {product} ({order}) sube a {amount} al mes. No he dado ningún parte, ¿por qué la subida?',
			'Es mucho. ¿Hay alguna forma de bajarla?'
		],
		hero: [
			'Hola, {customer}. Entiendo su sorpresa. La subida no tiene que ver con usted: los costes de reparación y sanitarios han subido en todo el mercado, y este año se aplica a todas las pólizas {product}.',
			'Podría elegir una franquicia más alta o pagar anualmente en vez de mensualmente; con las dos opciones se ahorra en torno a un 10 %. ¿Le envío un presupuesto? Un cordial saludo, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Baja de la póliza {order}: he vendido el coche',
		customer: [
			'Buenos días, he vendido el coche y el comprador lo recoge el {date}. Por favor, den de baja la póliza {order} a partir de ese día. ¿Necesitan el contrato de compraventa y me devolverán la prima que ya pagué por adelantado?',
			'Se lo adjunto. Eso sí, no me han dicho nada de la prima pagada por adelantado.'
		],
		hero: ['Hola, {customer}. Sí, envíenos una copia del contrato de compraventa y daremos de baja la póliza el {date}. {hero}']
	},
	'insurance.add-driver': {
		subject: 'Añadir a mi hijo como conductor',
		customer: [
			'Hola, mi hijo acaba de sacarse el carnet. Quiero añadirlo como conductor en la póliza {order} a partir del {date}.',
			'Enviado. ¿Cuánto más me va a costar?'
		],
		hero: [
			'Hola, {customer}. ¡Enhorabuena a su hijo! Envíenos su nombre completo, su fecha de nacimiento y una copia del carnet, y le preparo el nuevo presupuesto.',
			'Como conductor novel, la prima sube alrededor de un 35 %; le he enviado el presupuesto exacto por email. En cuanto lo acepte, estará cubierto a partir del {date}. Un saludo, {hero}'
		]
	}
};
