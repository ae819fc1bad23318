import type { ScenarioTexts } from './types';

/** European Portuguese: agents address the customer in the third person ("o seu", "pode"). */
export const PT: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Encomenda {order} ainda não chegou',
		customer: [
			'Boa tarde. Fiz a encomenda {order} na semana passada com entrega em 2 dias, mas o seguimento está parado desde segunda e agora indica entrega a {date}. O que se passa?',
			'É uma prenda para sábado. Não há forma de chegar mais cedo?'
		],
		hero: [
			'Olá {customer}, lamentamos o atraso. A transportadora informou-nos que a encomenda ficou retida no centro de distribuição devido ao elevado volume, e {date} é a previsão mais recente.',
			'Compreendemos. Enviámos hoje um novo artigo por expresso, que chega amanhã. Se a primeira encomenda aparecer depois, pode simplesmente recusá-la. Com os melhores cumprimentos, {hero}'
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Reembolso da devolução ainda não recebido',
		customer: [
			'Bom dia, devolvi a encomenda {order} há duas semanas e no site aparece "devolução recebida", mas os {amount} ainda não entraram na minha conta.',
			'Paguei com MB WAY. O reembolso volta para lá?',
			'Ok, fico a aguardar. Cumprimentos.'
		],
		hero: [
			'Olá {customer}, pedimos desculpa pela demora. A devolução foi aprovada, mas o reembolso ficou pendente no nosso sistema. Já processámos os {amount}, que deverão estar na sua conta até {date}.',
			'Sim, nos pagamentos por MB WAY o valor é devolvido à conta associada ao número de telemóvel usado na compra. Se a {date} ainda não tiver recebido, diga-nos. Cumprimentos, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Troca de tamanho',
		customer: [
			'Olá, recebi as sapatilhas da encomenda {order}, mas ficam pequenas. Normalmente calço 40 e estas parecem um 39. Posso trocar por um 41?',
			'Tenho de imprimir a etiqueta de devolução? Não tenho impressora em casa.'
		],
		hero: [
			'Olá {customer}, claro que sim. Já criámos o pedido de troca para o tamanho 41, que será enviado assim que a devolução for registada.',
			'Não é preciso: basta mostrar o código QR que recebeu por e-mail numa loja CTT ou num ponto de recolha. Cumprimentos, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Encomenda chegou danificada',
		customer: [
			'Boa tarde. Recebi hoje a encomenda {order} com a caixa toda amolgada e o artigo {product} danificado. Envio fotografias em anexo.',
			'Prefiro um novo. Tenho de devolver o danificado?'
		],
		hero: [
			'Olá {customer}, lamentamos imenso o sucedido. Prefere que enviemos um novo artigo {product} ou o reembolso do valor pago?',
			'Já enviámos um novo artigo {product}, sem qualquer custo; sai do armazém amanhã. Não é necessário devolver o danificado. Com os melhores cumprimentos, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Cancelar encomenda',
		customer: [
			'Olá, fiz a encomenda {order} ontem à noite mas enganei-me na morada. Conseguem só alterar a morada, ou tenho de cancelar e fazer de novo?',
			'E os {amount}, quando são devolvidos?'
		],
		hero: ['Olá {customer}. Encomenda cancelada.', 'Até 10 dias úteis. {hero}']
	},
	'ecommerce.promo-code': {
		subject: 'Código de desconto não funciona',
		customer: [
			'Boa noite, o código BEMVINDO10 que recebi na newsletter foi recusado no pagamento e acabei por pagar os {amount} por inteiro. A encomenda é a {order}. Ainda dá para aplicar o desconto?',
			'Ótimo, agradeço!'
		],
		hero: [
			'Olá {customer}, o código BEMVINDO10 só é válido na primeira compra, e a sua conta já tinha uma encomenda anterior. Mesmo assim, aplicámos excecionalmente os 10% à encomenda {order}; a diferença será devolvida no mesmo meio de pagamento. Cumprimentos, {hero}'
		]
	},
	'mobility.battery-empty': {
		subject: 'Trotinete sem bateria a meio da viagem',
		customer: [
			'Olá, a trotinete que aluguei (viagem {order}) ficou sem bateria a meio da Avenida da Liberdade. Tive de a deixar lá e vir a pé. Vou pagar a viagem toda?',
			'Deixei-a encostada junto a uma paragem de autocarro, fora do passeio. Há algum problema?'
		],
		hero: [
			'Olá {customer}, pedimos desculpa pelo incómodo. A trotinete indicava 40% de carga quando a desbloqueou, o que aponta para uma avaria na bateria. Já anulámos o custo da viagem {order}.',
			'Não há problema, a equipa de recolha já foi avisada e vai buscá-la hoje. Obrigado por nos informar! {hero}'
		]
	},
	'mobility.charged-twice': {
		subject: 'Cobrança em duplicado',
		customer: [
			'Boa tarde, a viagem {order} de ontem foi cobrada duas vezes no meu cartão, {amount} de cada vez. Podem devolver uma delas? E já agora, porque é que ficou tão cara se só demorou 12 minutos?',
			'Agradeço a devolução, mas continuo sem perceber o preço da viagem.'
		],
		hero: [
			'Olá {customer}, confirmámos a cobrança em duplicado e já procedemos à devolução de {amount}. O valor deverá aparecer no seu cartão até {date}. Cumprimentos, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Conta bloqueada',
		customer: [
			'Olá, desde hoje de manhã a app diz que a minha conta está bloqueada e não consigo reservar nenhum carro. Na última viagem correu tudo bem.',
			'Tem razão, o cartão de cidadão foi renovado no mês passado. Acabei de carregar o novo.'
		],
		hero: [
			'Olá {customer}, a conta foi bloqueada automaticamente porque o documento de identificação que consta no perfil expirou. Pode carregar o documento atualizado na app, em Perfil > Documentos?',
			'Documento validado e conta desbloqueada, já pode voltar a reservar. Boas viagens! {hero}'
		]
	},
	'mobility.parking-fine': {
		subject: 'Multa de estacionamento da reserva {order}',
		customer: [
			'Recebi um e-mail a dizer que no dia {date} me vão cobrar {amount} no cartão por uma multa da EMEL relativa à reserva {order}. Deixei o carro numa zona indicada na app.',
			'Tenho uma captura de ecrã da app a confirmar que a viagem terminou nesse local. Envio em anexo.'
		],
		hero: [
			'Olá {customer}, segundo o GPS o carro ficou num lugar reservado a residentes, uns metros fora da zona permitida, e foi por isso que a EMEL aplicou a multa.',
			'Agradecemos a captura de ecrã. Confirma-se que a app aceitou o fim da viagem naquele local, o que não devia ter acontecido. Cancelámos a cobrança de {amount} prevista para {date}. Cumprimentos, {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Carro com risco na porta',
		customer: [
			'Boa tarde, ao iniciar a reserva {order} reparei que o carro tinha um risco grande na porta do condutor. Não tirei fotografias porque estava com pressa e agora tenho receio de que me atribuam o dano.',
			'Ainda bem. Tenho de preencher alguma coisa?'
		],
		hero: [
			'Olá {customer}, agradecemos o aviso. Esse dano já tinha sido reportado pelo utilizador anterior, por isso não lhe será imputada qualquer responsabilidade.',
			'Não é necessário fazer mais nada. Para a próxima, pode usar a opção "Reportar danos" na app antes de iniciar a viagem e anexar fotografias. Cumprimentos, {hero}'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Cancelar subscrição {product}',
		customer: [
			'Olá, quero cancelar a minha subscrição {product}. Vou mudar-me para o Porto e lá não têm serviço.',
			'Há alguma penalização por cancelar antes do fim do ano?',
			'Perfeito, agradeço a ajuda.'
		],
		hero: [
			'Olá {customer}, lamentamos a saída! A subscrição {product} fica cancelada e mantém-se ativa até {date}, sem renovação depois disso.',
			'Não, a subscrição {product} é mensal e não tem fidelização, por isso não há qualquer penalização. Vai receber a confirmação por e-mail. Boa mudança! {hero}'
		]
	},
	'banking.card-blocked': {
		subject: 'Cartão bloqueado depois de errar o PIN',
		customer: [
			'Boa tarde, errei o PIN três vezes num multibanco e agora o cartão não funciona. Como posso desbloqueá-lo?',
			'Já está a funcionar, agradeço a ajuda.'
		],
		hero: [
			'Olá {customer}, por segurança o cartão fica bloqueado após três tentativas erradas. Pode desbloqueá-lo na app, em Cartões > Desbloquear PIN, com confirmação por SMS, ou em qualquer balcão. Com os melhores cumprimentos, {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Movimento que não reconheço',
		customer: [
			'Bom dia, tenho um movimento de {amount} a "PAYPAL *DIGSTORE" que não reconheço. Nunca fiz compras nessa loja. O que devo fazer?',
			'Sim, o cartão está comigo.',
			'Formulário preenchido e enviado.'
		],
		hero: [
			'Olá {customer}, agradecemos o contacto. Pode confirmar se ainda tem o cartão consigo e se introduziu recentemente os dados do cartão num site aberto a partir de um SMS ou e-mail?',
			'Por precaução, cancelámos o cartão e será enviado um novo para a sua morada. Abrimos também uma contestação com a referência {order}; falta apenas preencher o formulário na app para podermos reclamar os {amount}.',
			'Recebemos o formulário. Terá uma resposta no prazo de 10 dias úteis. Com os melhores cumprimentos, {hero}'
		]
	},
	'banking.transfer-delayed': {
		subject: 'Transferência ainda não chegou ao destino',
		customer: [
			'Boa tarde, na segunda-feira fiz uma transferência de {amount} para o meu senhorio e ele diz que não recebeu nada. A referência é {order}.',
			'É uma conta em Espanha. Quanto tempo pode demorar?'
		],
		hero: [
			'Olá {customer}, verificámos que a transferência de {amount} ficou retida para uma verificação adicional, por se tratar de um novo beneficiário. A verificação ficou concluída esta manhã.',
			'Sendo uma transferência SEPA para Espanha, o valor deve estar disponível até ao fim do próximo dia útil. Se não estiver, contacte-nos para abrirmos um pedido de investigação. Cumprimentos, {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'Não consigo entrar na app com o telemóvel novo',
		customer: [
			'Olá, mudei de telemóvel e agora não consigo entrar na app. Pede um código de ativação que nunca chega.',
			'O número é o mesmo, só mudei de aparelho. E o SMS não chega mesmo.',
			'Já consegui entrar, agradeço.'
		],
		hero: [
			'Olá {customer}, o código é enviado por SMS para o número de telemóvel registado no banco. Esse número continua a ser o mesmo?',
			'Detetámos um bloqueio temporário de SMS depois de várias tentativas, que já foi removido. Pode tentar novamente agora. Cumprimentos, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Pedido de extratos',
		customer: [
			'Boa tarde, tenho reunião no banco do crédito à habitação no dia {date} e preciso dos extratos dos últimos seis meses. Podem enviar-mos por e-mail?',
			'Consegui descarregar tudo, agradeço.'
		],
		hero: [
			'Olá {customer}, por questões de segurança não enviamos extratos por e-mail, mas pode descarregá-los no homebanking, em Contas > Extratos, escolhendo o período pretendido. Se precisar de extratos carimbados para {date}, pode pedi-los em qualquer balcão. Cumprimentos, {hero}'
		]
	},
	'banking.address-change': {
		subject: 'Alteração de morada',
		customer: [
			'Olá, mudo de casa no dia {date} e preciso de atualizar a morada. Consigo fazer isso online?',
			'Enviei o comprovativo pela app. Os cartões novos já vão para a morada nova?'
		],
		hero: [
			'Olá {customer}, sim. Na app, vá a Perfil > Dados pessoais > Morada e anexe um comprovativo, por exemplo um contrato de arrendamento ou uma fatura em seu nome.',
			'Recebemos o comprovativo. A partir de {date}, toda a correspondência, incluindo cartões novos, será enviada para a nova morada. Cumprimentos, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Ponto de situação do sinistro',
		customer: [
			'Bom dia, participei um sinistro automóvel há duas semanas (apólice {order}) e desde então não tive qualquer notícia. Em que ponto está o processo?',
			'E depois da peritagem a oficina pode avançar logo com a reparação?'
		],
		hero: [
			'Olá {customer}, pedimos desculpa pela falta de informação. O processo está com o perito, que fará a peritagem no dia {date} e lhe ligará na véspera para combinar a hora.',
			'Sim, se o perito validar os danos, a oficina recebe a autorização no próprio dia e pode começar logo a seguir a {date}. Com os melhores cumprimentos, {hero}'
		]
	},
	'insurance.new-claim': {
		subject: 'Participação de danos por água',
		customer: [
			'Boa tarde, ontem à noite rebentou um cano no andar de cima e tenho o teto e o chão da sala danificados. Como faço a participação? A minha apólice é a {order}.',
			'Seguem as fotografias em anexo. Tenho de arranjar eu um empreiteiro?'
		],
		hero: [
			'Olá {customer}, lamentamos o sucedido. Já registámos a participação. Pode enviar-nos fotografias dos danos e, se tiver, os dados do seguro do vizinho de cima?',
			'Agradecemos as fotografias. Não precisa de tratar de nada por agora: um perito entrará em contacto nos próximos 2 dias úteis para agendar uma visita. Guarde os objetos danificados até lá. Cumprimentos, {hero}'
		]
	},
	'insurance.certificate-request': {
		subject: 'Pedido de certificado de seguro',
		customer: [
			'Olá, preciso de um certificado do seguro {product} para entregar num processo. A apólice é a {order}. Podem enviar por e-mail?',
			'Já indiquei a apólice na primeira mensagem...',
			'Recebido, agradeço.'
		],
		hero: [
			'Olá {customer}, para podermos emitir o certificado, indique por favor o número da apólice.',
			'Pedimos desculpa, tem toda a razão. O certificado do seguro {product} já foi enviado para o seu e-mail. {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Aumento do prémio do seguro',
		customer: [
			'Boa tarde, recebi o aviso de renovação da apólice {order} e o prémio do seguro {product} passa para {amount} por mês. Não tive nenhum sinistro. Qual é a razão?',
			'Há alguma forma de baixar o valor? Por exemplo, mudar a franquia?'
		],
		hero: [
			'Olá {customer}, o novo valor de {amount} resulta da atualização anual das tarifas do seguro {product}, que reflete a subida dos custos de reparação e de saúde. Não está relacionado com o seu histórico, que se mantém sem sinistros.',
			'Sim. Com uma franquia mais alta e pagamento anual em vez de mensal, o prémio pode descer cerca de 10%. Se quiser, enviamos uma simulação. Cumprimentos, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Anular seguro automóvel após venda',
		customer: [
			'Olá, vendi o carro e o comprador vem buscá-lo no dia {date}. Quero anular a apólice {order} a partir dessa data. O que tenho de fazer?',
			'Envio em anexo a declaração de venda. Recebo de volta a parte do prémio que já paguei?'
		],
		hero: [
			'Olá {customer}, para anularmos a apólice precisamos de uma cópia da declaração de venda ou do registo de propriedade em nome do novo proprietário.',
			'Agradecemos o envio. A apólice {order} fica anulada com efeitos a {date} e o prémio não utilizado será devolvido por transferência em 15 dias úteis. Cumprimentos, {hero}'
		]
	},
	'insurance.add-driver': {
		subject: 'Acrescentar condutor à apólice',
		customer: [
			'Bom dia, o meu filho tirou a carta agora e vai conduzir o meu carro de vez em quando. Quero incluí-lo na apólice {order} a partir de {date}.',
			'Tem 19 anos. Quanto fica mais caro?'
		],
		hero: [
			'Olá {customer}, parabéns ao seu filho! Qual é a idade dele? Assim podemos calcular o novo prémio.',
			'Para um condutor ocasional de 19 anos, o prémio aumenta cerca de 18 euros por mês e aplica-se uma franquia de 250 euros em caso de sinistro com ele ao volante. Enviámos a proposta por e-mail; depois de a aceitar, fica coberto a partir de {date}. Cumprimentos, {hero}'
		]
	}
};
