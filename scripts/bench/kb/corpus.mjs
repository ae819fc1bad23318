// Generated knowledge bases, tickets and queries, all from one seed: the same options give the
// same articles and the same queries on every machine.
//
// Articles read like support articles, not like random words: each is about a topic (a few
// nouns, verbs and adjectives drawn evenly from the whole vocabulary) whose words make most of
// its title and body; the rest of its words are common ones (Zipf: a few words are everywhere),
// and bodies mention the client's products, amounts, delays and error codes, as real ones do.
// A word of the vocabulary is thus in a few percent of its language's articles, a common one in
// most of them.
import { VOCABULARY } from './vocabulary.mjs';

export const LANGUAGES = Object.keys(VOCABULARY);

/** mulberry32: a small, fast, seeded PRNG → floats in [0, 1). */
export function random(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
	next.pick = (list) => list[Math.floor(next() * list.length)];
	next.chance = (p) => next() < p;
	return next;
}

/** A picker that favours the first items of `list` (Zipf, exponent `s`); the order is shuffled by `rand` first. */
function zipf(list, rand, s = 1) {
	const items = shuffle([...list], rand);
	const cumulative = [];
	let total = 0;
	for (let i = 0; i < items.length; i++) cumulative.push((total += 1 / (i + 1) ** s));
	return (r) => {
		const x = r() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return items[lo];
	};
}

function shuffle(list, rand) {
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[list[i], list[j]] = [list[j], list[i]];
	}
	return list;
}

const SYLLABLES = 'ka lo vi ter mon zu ra ne sol bri an el ko ta mi dor ven lu sa tri po gal fe nor'.split(' ');
const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const pseudoWord = (rand, parts) => Array.from({ length: parts }, () => rand.pick(SYLLABLES)).join('');

/**
 * `count` clients (`client-01` …): a brand, 1–3 languages (the first is home), 25 product names.
 */
export function makeClients(rand, count) {
	return Array.from({ length: count }, (_, i) => {
		const languages = [LANGUAGES[i % LANGUAGES.length]];
		const extra = rand.int(0, 2);
		while (languages.length < 1 + extra) {
			const language = rand.pick(LANGUAGES);
			if (!languages.includes(language)) languages.push(language);
		}
		const brand = capitalise(pseudoWord(rand, 3));
		const products = Array.from({ length: 25 }, () => `${brand}${capitalise(pseudoWord(rand, 2))}`);
		return { id: `client-${String(i + 1).padStart(2, '0')}`, brand, languages, products };
	});
}

/** Per-language Zipf pickers of each word class (which words are common is drawn from `rand`). */
export function pickers(rand) {
	return Object.fromEntries(
		LANGUAGES.map((language) => {
			const v = VOCABULARY[language];
			return [language, { N: zipf(v.N, rand), V: zipf(v.V, rand), A: zipf(v.A, rand), F: zipf(v.F, rand, 0.6), content: zipf(v.content, rand) }];
		})
	);
}

/** What an article (or a ticket) is about: 6 nouns, 3 verbs and 2 adjectives, any of the vocabulary's. */
function makeTopic(rand, language) {
	const v = VOCABULARY[language];
	const some = (list, n) => Array.from({ length: n }, () => rand.pick(list));
	return { N: some(v.N, 6), V: some(v.V, 3), A: some(v.A, 2) };
}

/** One token of a sentence: mostly vocabulary, now and then a product, an amount, a delay or an error code. */
function token(rand, pick, topic, client) {
	const x = rand();
	if (x < 0.38) return pick.F(rand);
	if (x < 0.62) return rand.chance(0.7) ? rand.pick(topic.N) : pick.N(rand);
	if (x < 0.8) return rand.chance(0.6) ? rand.pick(topic.V) : pick.V(rand);
	if (x < 0.93) return rand.chance(0.5) ? rand.pick(topic.A) : pick.A(rand);
	if (x < 0.96) return rand.pick(client.products);
	if (x < 0.985) return String(rand.pick([1, 2, 3, 5, 7, 10, 14, 15, 24, 30, 48, 60, 90]));
	if (x < 0.995) return `${rand.int(5, 499)},${rand.pick(['00', '50', '90', '99'])}`;
	return `E${rand.int(1000, 1999)}`;
}

function sentence(rand, pick, topic, client, min = 6, max = 16) {
	const words = Array.from({ length: rand.int(min, max) }, () => token(rand, pick, topic, client));
	words[0] = capitalise(words[0]);
	return `${words.join(' ')}${rand.chance(0.1) ? '?' : '.'}`;
}

/** `count` words of sentences, in paragraphs of 2–6 sentences (one per line). */
function text(rand, pick, topic, client, count) {
	const paragraphs = [];
	let words = 0;
	while (words < count) {
		const paragraph = [];
		for (let s = rand.int(2, 6); s > 0 && words < count; s--) {
			const line = sentence(rand, pick, topic, client);
			words += line.split(' ').length;
			paragraph.push(line);
		}
		paragraphs.push(paragraph.join(' '));
	}
	return paragraphs.join('\n');
}

function title(rand, pick, topic, client) {
	const words = [];
	const length = rand.int(3, 8);
	while (words.length < length) {
		const x = rand();
		if (x < 0.45) words.push(rand.pick(topic.N));
		else if (x < 0.55) words.push(rand.pick([...topic.V, ...topic.A]));
		else if (x < 0.8) words.push(pick.F(rand));
		else if (x < 0.95) words.push(pick.content(rand));
		else words.push(rand.pick(client.products));
	}
	words[0] = capitalise(words[0]);
	return words.join(' ');
}

/**
 * `count` published articles (rows of kb_published) for `clients`, in their languages. About a
 * fifth of the articles in a client's other languages translate one of its earlier articles.
 */
export function* makeArticles(rand, pick, clients, count) {
	const byClient = new Map(clients.map((c) => [c.id, []]));
	for (let i = 0; i < count; i++) {
		const client = rand.pick(clients);
		const language = rand.pick(client.languages);
		const pl = pick[language];
		const topic = makeTopic(rand, language);
		const id = `kb-${String(i + 1).padStart(6, '0')}`;
		const earlier = byClient.get(client.id);
		const translationOf = language !== client.languages[0] && earlier.length > 0 && rand.chance(0.2) ? rand.pick(earlier) : null;
		earlier.push(id);
		yield {
			article_id: id,
			client_id: client.id,
			title: title(rand, pl, topic, client),
			language,
			category: rand.chance(0.9) ? rand.pick(VOCABULARY[language].categories) : null,
			translation_of: translationOf,
			body: text(rand, pl, topic, client, rand.int(150, 600)),
			revision: rand.int(1, 12)
		};
	}
}

/** A ticket of one of `clients`: a subject and 2–4 messages, 80–200 words in all. */
export function makeTicket(rand, pick, clients) {
	const client = rand.pick(clients);
	const language = rand.pick(client.languages);
	const pl = pick[language];
	const topic = makeTopic(rand, language);
	const subject = title(rand, pl, topic, client);
	const total = rand.int(80, 200);
	const parts = rand.int(2, 4);
	const messages = Array.from({ length: parts }, () => text(rand, pl, topic, client, Math.round(total / parts)));
	return { clientId: client.id, language, subject, messages };
}

/** The paragraphs of one long article of `client` in `language`: about `words` words. */
export function makeParagraphs(rand, pick, client, language, words) {
	const pl = pick[language];
	const topic = makeTopic(rand, language);
	return text(rand, pl, topic, client, words).split('\n');
}

/** One more sentence in `language` (a small edit between two publishes). */
export function makeSentence(rand, pick, client, language) {
	return sentence(rand, pick[language], makeTopic(rand, language), client);
}

// -- Queries ----------------------------------------------------------------------------------

const ALPHABET = {
	fr: 'abcdefghijklmnopqrstuvwxyzéèàç',
	en: 'abcdefghijklmnopqrstuvwxyz',
	de: 'abcdefghijklmnopqrstuvwxyzäöüß',
	es: 'abcdefghijklmnopqrstuvwxyzñáéíóú',
	it: 'abcdefghijklmnopqrstuvwxyzàèìò',
	nl: 'abcdefghijklmnopqrstuvwxyz',
	pt: 'abcdefghijklmnopqrstuvwxyzãçéõ',
	pl: 'abcdefghijklmnopqrstuvwxyząćęłńóśźż',
	sv: 'abcdefghijklmnopqrstuvwxyzåäö'
};
const KNOWN = new Set(LANGUAGES.flatMap((l) => [...VOCABULARY[l].content, ...VOCABULARY[l].F].map((w) => w.toLowerCase())));
const contentWords = (language, minLength = 1) => VOCABULARY[language].content.map((w) => w.toLowerCase()).filter((w) => [...w].length >= minLength);

/** A real word with one letter changed, dropped, or swapped with the next: not itself a known word. */
function typo(rand, language) {
	for (;;) {
		const letters = [...rand.pick(contentWords(language, 5))];
		const at = rand.int(1, letters.length - 2);
		const kind = rand.int(0, 2);
		if (kind === 0) letters[at] = rand.pick([...ALPHABET[language]]);
		else if (kind === 1) letters.splice(at, 1);
		else [letters[at], letters[at + 1]] = [letters[at + 1], letters[at]];
		const word = letters.join('');
		if (!KNOWN.has(word)) return word;
	}
}

export const QUERY_KINDS = {
	one: 'one word',
	two: 'two words',
	typo: 'a typo (letter changed, dropped or swapped)',
	typeahead: 'type-ahead (each prefix ≥ 2 letters, as typed)'
};

/**
 * `count` queries of `kind`, each in one of `languages` (the filter's, or any the searcher reads):
 * `{ q, language }`. Type-ahead yields every prefix of a word in turn (half of the time after a
 * first, complete word), so one typed word is several queries.
 */
export function makeQueries(rand, kind, languages, count) {
	const queries = [];
	while (queries.length < count) {
		const language = rand.pick(languages);
		const words = contentWords(language);
		if (kind === 'one') queries.push({ q: rand.pick(words), language });
		else if (kind === 'two') queries.push({ q: `${rand.pick(words)} ${rand.pick(words)}`, language });
		else if (kind === 'typo') queries.push({ q: typo(rand, language), language });
		else {
			const word = rand.pick(contentWords(language, 4));
			const before = rand.chance(0.5) ? `${rand.pick(words)} ` : '';
			const letters = [...word];
			for (let n = 2; n <= letters.length && queries.length < count; n++) queries.push({ q: before + letters.slice(0, n).join(''), language });
		}
	}
	return queries;
}
