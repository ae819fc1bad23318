import type { Industry, Language } from './access';

/**
 * The raw material of the demo workspace: invented brands (any likeness to a real company is
 * accidental) and first/last names by country. Kept apart from demo.ts so the rules that
 * combine them stay readable.
 */

export interface Brand {
	name: string;
	industry: Industry;
	/** First language first: the brand's home market. */
	languages: Language[];
	/** IANA zone of the brand's head office, where its support hours are set. */
	timeZone: string;
}

/** Four per industry; the demo picks three of each, so different seeds show different brands. */
export const BRANDS: readonly Brand[] = [
	{ name: 'Maison Lumière', industry: 'ecommerce', languages: ['fr', 'en', 'de'], timeZone: 'Europe/Paris' },
	{ name: 'Nordvik Outdoor', industry: 'ecommerce', languages: ['sv', 'en', 'de', 'nl'], timeZone: 'Europe/Stockholm' },
	{ name: 'Casa Verbena', industry: 'ecommerce', languages: ['es', 'pt', 'en'], timeZone: 'Europe/Madrid' },
	{ name: 'Bursztyn Home', industry: 'ecommerce', languages: ['pl', 'de', 'en'], timeZone: 'Europe/Warsaw' },
	{ name: 'Velora Bikes', industry: 'mobility', languages: ['nl', 'en', 'de', 'fr'], timeZone: 'Europe/Amsterdam' },
	{ name: 'Trambo Scooters', industry: 'mobility', languages: ['it', 'en'], timeZone: 'Europe/Rome' },
	{ name: 'Rotamar Rides', industry: 'mobility', languages: ['pt', 'es', 'en'], timeZone: 'Europe/Lisbon' },
	{ name: 'Fjordbil', industry: 'mobility', languages: ['sv', 'pl', 'en'], timeZone: 'Europe/Stockholm' },
	{ name: 'Banca Aurelia', industry: 'banking', languages: ['it', 'en'], timeZone: 'Europe/Rome' },
	{ name: 'Kronvall Bank', industry: 'banking', languages: ['sv', 'en'], timeZone: 'Europe/Stockholm' },
	{ name: 'Groenhaven Bank', industry: 'banking', languages: ['nl', 'en', 'pl'], timeZone: 'Europe/Amsterdam' },
	{ name: 'Crédit Sérac', industry: 'banking', languages: ['fr', 'de', 'it', 'en'], timeZone: 'Europe/Zurich' },
	{ name: 'Assurelia', industry: 'insurance', languages: ['fr', 'en'], timeZone: 'Europe/Paris' },
	{ name: 'Kessler & Brandt Versicherung', industry: 'insurance', languages: ['de', 'pl', 'en'], timeZone: 'Europe/Berlin' },
	{ name: 'Seguros Alameda', industry: 'insurance', languages: ['es', 'pt'], timeZone: 'Europe/Madrid' },
	{ name: 'Tulpa Verzekeringen', industry: 'insurance', languages: ['nl', 'sv', 'en'], timeZone: 'Europe/Amsterdam' }
];

export interface Origin {
	country: string;
	/** The language heroes from here most often work in (their own, or the one they studied). */
	primary: Language;
	/** Languages heroes from here often speak as well, most common first. */
	extras: Language[];
	first: string[];
	last: string[];
}

/** Sixteen countries, as in the brief: Europe plus the usual nearshore and offshore hubs. */
export const ORIGINS: readonly Origin[] = [
	{ country: 'FR', primary: 'fr', extras: ['en', 'es'], first: ['Camille', 'Lucas', 'Manon', 'Hugo', 'Chloé', 'Théo'], last: ['Martin', 'Bernard', 'Durand', 'Leroy', 'Fournier', 'Girard'] },
	{ country: 'MA', primary: 'fr', extras: ['en', 'es'], first: ['Yasmine', 'Youssef', 'Salma', 'Mehdi', 'Imane', 'Karim'], last: ['El Amrani', 'Benjelloun', 'Alaoui', 'Tazi', 'Berrada', 'Idrissi'] },
	{ country: 'SN', primary: 'fr', extras: ['en'], first: ['Aminata', 'Moussa', 'Fatou', 'Cheikh', 'Awa', 'Ibrahima'], last: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Gueye', 'Faye'] },
	{ country: 'DE', primary: 'de', extras: ['en', 'fr', 'pl'], first: ['Lena', 'Jonas', 'Mia', 'Felix', 'Hannah', 'Paul'], last: ['Müller', 'Schmidt', 'Fischer', 'Wagner', 'Becker', 'Hoffmann'] },
	{ country: 'ES', primary: 'es', extras: ['en', 'pt', 'fr'], first: ['Lucía', 'Pablo', 'Carmen', 'Javier', 'Elena', 'Diego'], last: ['García', 'Fernández', 'López', 'Sánchez', 'Romero', 'Navarro'] },
	{ country: 'MX', primary: 'es', extras: ['en'], first: ['Valentina', 'Santiago', 'Ximena', 'Emiliano', 'Regina', 'Mateo'], last: ['Hernández', 'González', 'Ramírez', 'Cruz', 'Morales', 'Ortiz'] },
	{ country: 'IT', primary: 'it', extras: ['en', 'fr', 'de'], first: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Matteo'], last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'] },
	{ country: 'RO', primary: 'it', extras: ['en', 'fr'], first: ['Ioana', 'Andrei', 'Elena', 'Mihai', 'Bianca', 'Radu'], last: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Marin', 'Lazăr'] },
	{ country: 'NL', primary: 'nl', extras: ['en', 'de'], first: ['Sanne', 'Daan', 'Fleur', 'Bram', 'Lotte', 'Sem'], last: ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser'] },
	{ country: 'PT', primary: 'pt', extras: ['en', 'es', 'fr'], first: ['Beatriz', 'João', 'Inês', 'Tiago', 'Mariana', 'Rafael'], last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira'] },
	{ country: 'BR', primary: 'pt', extras: ['es', 'en'], first: ['Ana', 'Gabriel', 'Larissa', 'Thiago', 'Camila', 'Lucas'], last: ['Souza', 'Lima', 'Carvalho', 'Almeida', 'Ribeiro', 'Rocha'] },
	{ country: 'PL', primary: 'pl', extras: ['en', 'de'], first: ['Zuzanna', 'Jakub', 'Maja', 'Kacper', 'Julia', 'Szymon'], last: ['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Zając'] },
	{ country: 'SE', primary: 'sv', extras: ['en', 'de'], first: ['Elsa', 'Oscar', 'Astrid', 'Liam', 'Saga', 'Erik'], last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindberg'] },
	{ country: 'IE', primary: 'en', extras: ['fr', 'de'], first: ['Siobhán', 'Conor', 'Aoife', 'Cian', 'Niamh', 'Oisín'], last: ['Murphy', 'Walsh', "O'Brien", 'Byrne', 'Kelly', 'Ryan'] },
	{ country: 'GB', primary: 'en', extras: ['fr', 'es'], first: ['Olivia', 'Jack', 'Amelia', 'Harry', 'Priya', 'Samuel'], last: ['Smith', 'Taylor', 'Evans', 'Patel', 'Hughes', 'Clarke'] },
	{ country: 'PH', primary: 'en', extras: ['es'], first: ['Angelica', 'Joshua', 'Maria Clara', 'Paolo', 'Kristine', 'Miguel'], last: ['Reyes', 'Bautista', 'Dela Cruz', 'Mendoza', 'Aquino', 'Villanueva'] }
];
