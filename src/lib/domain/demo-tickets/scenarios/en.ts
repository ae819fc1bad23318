import type { ScenarioTexts } from './types';

export const EN: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Where is my order {order}?',
		customer: [
			"Hi, I ordered a week ago and the website said delivery in 2–3 days. The tracking for {order} hasn't moved since Monday and now shows {date} as the estimated delivery date. What's going on?",
			"OK, thanks. And if it still isn't here by then?"
		],
		hero: [
			'Hi {customer}, sorry about the delay. The carrier tells me your parcel is stuck at their regional depot because of high volumes, and {date} is their latest estimate. {hero}',
			"Then just reply to this message and I'll send you a replacement straight away, without waiting for the carrier's investigation. Best, {hero}"
		]
	},
	'ecommerce.refund-not-received': {
		subject: 'Refund for order {order} not received',
		customer: [
			"Hello, I sent back order {order} almost three weeks ago and still haven't received my refund of {amount}. The tracking shows you got the parcel ten days ago.",
			"Thanks. Can you send me something in writing in case it doesn't show up?"
		],
		hero: [
			"Hi {customer}, apologies: your return was checked, but the refund got stuck in our system. I've just processed the {amount}, and it should be on your card by {date}.",
			"Of course, I've emailed you the refund confirmation with the transaction reference; your bank can trace the payment with it. Kind regards, {hero}"
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Exchange for a bigger size',
		customer: [
			'Hi, the shoes from order {order} are too small. Could I exchange them for one size up (43 instead of 42)?',
			'Great, thanks. Does it have to be the original box?',
			'Perfect, thank you!'
		],
		hero: [
			"Hi {customer}, sure! I've set up the exchange: you'll get a prepaid return label by email, and we'll ship the 43 as soon as the carrier scans your parcel.",
			'Any sturdy box is fine, as long as the shoes are unworn and in their shoebox. Have a nice day, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Order {order} arrived damaged',
		customer: [
			'Hello, the parcel for order {order} arrived crushed and the {product} inside is damaged. I attached three photos.',
			'Thank you, that was quick! Do I have to send the damaged one back?'
		],
		hero: [
			"Hello {customer}, I'm really sorry about that, and thanks for the photos. I've sent you a new {product} free of charge; it leaves our warehouse tomorrow.",
			"No, you can keep it or recycle it, we don't need it back. Best regards, {hero}"
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Please cancel order {order}',
		customer: [
			'Hi, I accidentally placed the same order twice this morning. Can you cancel order {order} before it ships?',
			'Thanks. When will I get the {amount} back? I paid by card.'
		],
		hero: ['Done. {hero}', 'Hi {customer}, a few days, depends on your bank.']
	},
	'ecommerce.promo-code': {
		subject: 'Discount code not accepted',
		customer: [
			'Hello, the code WELCOME15 from your newsletter was refused at checkout, so I paid the full {amount} for order {order}. Can you still apply the discount? And does the code also work on sale items?',
			"Thanks! You didn't answer my second question though: does it work on sale items?"
		],
		hero: [
			"Hi {customer}, sorry about that! I've refunded 15% of order {order} to your payment method; you'll see it in a few days. {hero}",
			"Apologies, {customer}! No, the welcome code isn't valid on items that are already reduced."
		]
	},
	'mobility.battery-empty': {
		subject: 'Scooter battery died mid-ride',
		customer: [
			'Hi, the scooter ran out of battery halfway through my trip {order}, even though the app showed 40% when I unlocked it. I had to push it for 2 km.',
			'Thanks. Does that include the time I spent pushing it? The trip only ended when I parked.'
		],
		hero: [
			"Hi {customer}, sorry for the trouble. The battery reading on that scooter was wrong: I've refunded trip {order} in full and sent the scooter to maintenance. {hero}",
			'Yes, the whole trip is refunded, including those last minutes.'
		]
	},
	'mobility.charged-twice': {
		subject: 'Charged twice for trip {order}',
		customer: ['Hi, I was charged {amount} twice for the same trip yesterday ({order}). Please refund the second payment.', 'Perfect, thank you!'],
		hero: [
			"Hi {customer}, thanks for letting us know: I can see the duplicate payment, caused by a glitch at our payment provider. I've refunded {amount}, and it should be on your card by {date}. Best, {hero}"
		]
	},
	'mobility.account-blocked': {
		subject: "Account blocked, can't unlock anything",
		customer: [
			"Hello, the app says my account is blocked and I can't unlock any vehicle. I haven't done anything wrong, what's going on?",
			'I updated the card an hour ago and it is still blocked.'
		],
		hero: ['Hi {customer}, your card on file has expired. Update it in the app. {hero}', 'Log out and back in.']
	},
	'mobility.parking-fine': {
		subject: 'Parking fine for trip {order}',
		customer: [
			'Hi, you emailed me that {amount} for a parking fine from trip {order} will be charged to my card on {date}. I ended the trip in a marked zone and took the end-of-trip photo like the app asks.',
			'Thank you. Will I be told how it turns out?'
		],
		hero: [
			"Hi {customer}, thanks for explaining. Your photo does show the car parked correctly, so I've contested the fine with the city and cancelled the charge planned for {date}.",
			"Yes, we'll email you as soon as the city replies, usually within four weeks. Kind regards, {hero}"
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Car already damaged before my trip',
		customer: [
			"Hi, the car for my booking {order} has a deep scratch on the rear door and a cracked mirror. I haven't driven off yet and want to report it first.",
			"Done, the photos are uploaded. Can I be sure I won't be charged for it later?"
		],
		hero: [
			"Hi {customer}, good call reporting it before you start. Please take photos and add them in the app under 'Report damage', then you're good to go. {hero}",
			"Yes: the damage is now logged on the car with a timestamp before your trip, so it won't be attributed to you. Have a good drive!"
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Cancel my {product} subscription',
		customer: [
			"Hello, I'm moving abroad and would like to cancel my {product} subscription. Will I get back part of this month's fee?",
			'OK, and the refund for the rest of the month?'
		],
		hero: [
			"Hi {customer}, I've cancelled your {product} subscription; it stays active until {date} and won't renew after that. {hero}",
			'The current month is not refundable.'
		]
	},
	'banking.card-blocked': {
		subject: 'Card blocked while travelling',
		customer: [
			"Hi, my card was declined at a pharmacy in Lisbon and the app says it's blocked. I'm travelling until next week and really need it.",
			'Yes, that was me.',
			'It works again, thanks a lot!'
		],
		hero: [
			'Hello {customer}, the card was blocked automatically because the payment looked unusual. Can you confirm you tried to pay at a pharmacy in Lisbon around 2 pm today?',
			"Thank you for confirming. I've unblocked the card and noted that you're travelling in Portugal, so it should work right away. Have a good trip! {hero}"
		]
	},
	'banking.unknown-transaction': {
		subject: "Card payment I don't recognise",
		customer: [
			"Hello, there's a card payment of {amount} from yesterday to DIGISERV*ONLINE that I never made. What should I do?",
			'Thanks. Will I get the money back, and how long will it take?'
		],
		hero: [
			"Hi {customer}, thank you for reporting it so quickly. I've blocked your card, ordered a new one and opened a dispute for the {amount} under reference {order}. {hero}",
			"If the investigation confirms the fraud, the amount will be credited back to your account, usually within 10 business days. We'll keep you updated by email."
		]
	},
	'banking.transfer-delayed': {
		subject: 'Transfer {order} not received',
		customer: [
			"I sent {amount} to my sister on Monday (reference {order}) and she still hasn't received it. The app shows the transfer as completed.",
			"It's Thursday now. Can you check where the money is?"
		],
		hero: [
			'Transfers to other banks take 1–2 business days.',
			"Hi {customer}, sorry for my short reply earlier. I've checked transfer {order}: it was held for a routine security check and released this morning, so your sister should have it today. {hero}"
		]
	},
	'banking.login-reset': {
		subject: "Can't log in to online banking",
		customer: [
			'Hi, I forgot my password and the reset link you emailed me has already expired. Can you help?',
			'It worked, thank you! Do I need to set up the app again too?'
		],
		hero: [
			"Hello {customer}, no problem. I've sent you a new link; it's valid for 30 minutes, so please use it straight away.",
			'No, the app will simply ask for your new password the next time you open it. Best regards, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Account statements for my mortgage',
		customer: [
			'Hello, I need my account statements for the last 12 months for my mortgage appointment on {date}. Could you also send me a stamped paper copy by post?',
			'Thank you. What about the stamped paper copy?'
		],
		hero: [
			"Hi {customer}, I've generated the statements for the last 12 months; you'll find them in online banking under Documents. Regards, {hero}",
			"Sorry, I missed that. I've ordered the stamped copy: it's posted within 3 business days, so it should reach you before {date}."
		]
	},
	'banking.address-change': {
		subject: 'New address from {date}',
		customer: [
			"Hi, I'm moving on {date}. Can I just send you my new address here so you can update my account?",
			'OK, done in the app. Will my new card go to the new address?'
		],
		hero: [
			"Hi {customer}, for security reasons we can't change an address through messages. Please update it in the app under Profile > Personal details; it takes two minutes.",
			'Yes, all letters and cards sent after {date} will go to your new address. Thanks, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Update on my water damage claim',
		customer: [
			"Hello, I reported water damage in my kitchen three weeks ago (policy {order}) and haven't heard anything since. Where does my claim stand?",
			'OK. Can I start the repairs already, or do I have to wait for the visit?',
			'Understood, thank you.'
		],
		hero: [
			"Hi {customer}, thank you for your patience. Your file is with the loss adjuster, who will visit you on {date}; they'll call you the day before to confirm the time. {hero}",
			'Please wait for the visit if you can. If something is urgent, keep photos and invoices of all the work, so it can still be covered.'
		]
	},
	'insurance.new-claim': {
		subject: 'Bike stolen: how do I make a claim?',
		customer: [
			'Hi, my bike was stolen from the locked basement of my building last night. My policy number is {order}. How do I file a claim?',
			'Here are both documents. Is there an excess?'
		],
		hero: [
			"Hello {customer}, I'm sorry to hear that. I've opened the claim for you: please reply with the police report and the purchase receipt for the bike. {hero}",
			'Thank you, both received. Yes, there is an excess of 10% of the settlement; the rest is paid once the claim is approved.'
		]
	},
	'insurance.certificate-request': {
		subject: 'Insurance certificate needed',
		customer: [
			'Hello, I need a certificate of insurance for my {product} (policy {order}) for some official paperwork. Can you send me one?',
			"I've looked, but I can't find it anywhere. Where exactly is it?"
		],
		hero: [
			'You can download it from the customer area.',
			"Hi {customer}, sorry, here's the exact path: My policies > {order} > Documents. I've also attached it to this message. {hero}"
		]
	},
	'insurance.premium-increase': {
		subject: 'Why has my premium gone up?',
		customer: [
			"Hi, my renewal letter says my {product} premium (policy {order}) goes up to {amount} a month. I haven't made a single claim, so why the increase?",
			'That is a lot. Is there any way to lower it?'
		],
		hero: [
			"Hello {customer}, I understand your surprise. The increase isn't linked to you: repair and medical costs have risen across the market, and it applies to all {product} policies this year.",
			'You could choose a higher excess or pay annually instead of monthly, which together can save around 10%. Shall I send you a quote? Kind regards, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Cancel policy {order}: car sold',
		customer: [
			'Hello, I sold my car and the buyer picks it up on {date}. Please cancel policy {order} from that day. Do you need the sale contract, and will I get back the premium I paid in advance?',
			"Attached. You didn't say anything about the premium I paid in advance, though."
		],
		hero: ["Hi {customer}, yes, please send us a copy of the sale contract and we'll end the policy on {date}. {hero}"]
	},
	'insurance.add-driver': {
		subject: 'Add my son as a driver',
		customer: ['Hi, my son has just passed his driving test. I would like to add him as a driver on policy {order} from {date}.', 'Sent. How much more will it cost?'],
		hero: [
			"Hello {customer}, congratulations to him! Please send us his full name, date of birth and a copy of his licence, and I'll prepare an updated quote.",
			"As a new driver he raises the premium by about 35%; I've emailed you the exact quote. Once you accept it, he's covered from {date}. Best, {hero}"
		]
	}
};
