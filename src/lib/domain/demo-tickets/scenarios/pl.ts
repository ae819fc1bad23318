import type { ScenarioTexts } from './types';

/** Polish: agents write as the company ("sprawdziliśmy") and address the customer as Pan/Pani. */
export const PL: ScenarioTexts = {
	'ecommerce.where-is-my-order': {
		subject: 'Gdzie jest moje zamówienie {order}?',
		customer: [
			'Dzień dobry, zamówienie {order} miało dojść w 2 dni, a status od czterech dni to "w drodze". Teraz przewidywana dostawa to {date}. Co się dzieje? Pozdrawiam, {customer}',
			'To prezent na sobotę, zdąży? I czy da się jeszcze zmienić dostawę na paczkomat?'
		],
		hero: ['Dzień dobry, paczka jest u przewoźnika. Termin dostawy to {date}.', 'Zmiana nie jest możliwa. {hero}']
	},
	'ecommerce.refund-not-received': {
		subject: 'Brak zwrotu pieniędzy za zamówienie {order}',
		customer: [
			'Dzień dobry, paczka ze zwrotem zamówienia {order} dotarła do Państwa dwa tygodnie temu (status "zwrot przyjęty"), a {amount} nadal nie ma na moim koncie. Kiedy mogę się spodziewać pieniędzy?',
			'Płatność była BLIK-iem, czy to coś zmienia?',
			'Są, dziękuję! {customer}'
		],
		hero: [
			'Dzień dobry, przepraszamy za opóźnienie. Zwrot został przyjęty, ale wypłata utknęła w systemie. Przelew na kwotę {amount} zleciliśmy dziś ręcznie – środki powinny być na koncie najpóźniej {date}.',
			'Przy płatności BLIK środki wracają na rachunek w banku, którego aplikacją opłacono zamówienie. Pozdrawiamy, {hero}'
		]
	},
	'ecommerce.wrong-size-exchange': {
		subject: 'Wymiana na inny rozmiar',
		customer: [
			'Dzień dobry, buty z zamówienia {order} są za małe – noszę 40, a te są jak 39. Czy mogę je wymienić na 41?',
			'Czy etykietę zwrotną trzeba wydrukować? Nie mam w domu drukarki. {customer}'
		],
		hero: [
			'Dzień dobry, oczywiście. Utworzyliśmy zgłoszenie wymiany na rozmiar 41. Nowa para zostanie wysłana, gdy tylko zarejestrujemy zwrot.',
			'Nie trzeba niczego drukować – wystarczy pokazać kod QR z maila w punkcie InPost albo zeskanować go w Paczkomacie. Pozdrawiamy, {hero}'
		]
	},
	'ecommerce.damaged-parcel': {
		subject: 'Uszkodzona paczka',
		customer: [
			'Dzień dobry, dziś przyszła paczka z zamówieniem {order}. Karton był zgnieciony, a produkt {product} jest uszkodzony. Zdjęcia w załączniku.',
			'Wolę nowy egzemplarz. Czy uszkodzony trzeba odesłać? Pozdrawiam, {customer}'
		],
		hero: [
			'Dzień dobry, bardzo nam przykro. Czy woli Pan/Pani, żebyśmy wysłali nowy egzemplarz produktu {product}, czy zwrócili pieniądze?',
			'Wysłaliśmy bezpłatnie nowy egzemplarz – wyjdzie z magazynu jutro. Uszkodzonego produktu nie trzeba odsyłać. Pozdrawiamy, {hero}'
		]
	},
	'ecommerce.cancel-order': {
		subject: 'Anulowanie zamówienia {order}',
		customer: [
			'Dzień dobry, przez pomyłkę zamówienie poszło dwa razy. Proszę o anulowanie zamówienia {order}. {customer}',
			'Super, dziękuję za szybką reakcję!'
		],
		hero: [
			'Dzień dobry, zamówienie {order} zostało anulowane – na szczęście nie było jeszcze wysłane. Kwota {amount} wróci na konto w ciągu kilku dni roboczych. Pozdrawiamy, {hero}'
		]
	},
	'ecommerce.promo-code': {
		subject: 'Kod rabatowy nie działa',
		customer: [
			'Dzień dobry, przy płatności kod WITAJ15 z newslettera nie zadziałał ("kod nieprawidłowy"), więc za zamówienie {order} poszła pełna kwota {amount}. Czy rabat można jeszcze uwzględnić?',
			'Dziękuję. A czy ten kod działa też na produkty z promocji? {customer}'
		],
		hero: [
			'Dzień dobry, przepraszamy za kłopot – kod był błędnie skonfigurowany. Zwróciliśmy 15% wartości zamówienia {order} na kartę, środki pojawią się w ciągu kilku dni.',
			'Nie, kod powitalny nie obejmuje produktów przecenionych. Pozdrawiamy, {hero}'
		]
	},
	'mobility.battery-empty': {
		subject: 'Rozładowane auto na starcie',
		customer: [
			'Dzień dobry, zarezerwowane auto (rezerwacja {order}) ma 5% baterii i zasięg 12 km, a muszę dojechać na lotnisko. Co mam zrobić?',
			'Ok, biorę to z Mokotowskiej. Czy czas oczekiwania zostanie naliczony? {customer}'
		],
		hero: [
			'Dzień dobry, przepraszamy, ten samochód nie powinien być dostępny – rezerwację anulowaliśmy bez opłat. 300 m dalej, na ul. Mokotowskiej, stoi auto naładowane w 90% – czy zarezerwować je dla Pana/Pani?',
			'Nie, czas postoju wyzerowaliśmy, a na konto dodaliśmy 30 darmowych minut jako rekompensatę. Szerokiej drogi! {hero}'
		]
	},
	'mobility.charged-twice': {
		subject: 'Podwójne obciążenie za przejazd',
		customer: [
			'Dzień dobry, za wczorajszy przejazd {order} karta została obciążona dwa razy po {amount}. Proszę o zwrot jednej płatności. {customer}',
			'Kiedy pieniądze wrócą na kartę?'
		],
		hero: [
			'Dzień dobry, potwierdzamy – przez błąd operatora płatności przejazd {order} został rozliczony podwójnie. Drugą płatność w wysokości {amount} już anulowaliśmy.',
			'Zwrot powinien być widoczny na karcie najpóźniej {date}, w zależności od banku. Pozdrawiamy, {hero}'
		]
	},
	'mobility.account-blocked': {
		subject: 'Zablokowane konto w aplikacji',
		customer: [
			'Dzień dobry, od rana aplikacja pokazuje "konto tymczasowo zablokowane". Ostatni przejazd był wczoraj i wszystko było w porządku. O co chodzi?',
			'Faktycznie, karta jest nowa od zeszłego tygodnia. Już zaktualizowana w aplikacji. {customer}'
		],
		hero: [
			'Dzień dobry, konto zostało zablokowane, ponieważ nie udało się pobrać płatności za ostatni przejazd. Czy karta zapisana w aplikacji jest nadal aktualna?',
			'Dziękujemy, płatność przeszła i blokada została zdjęta. Można już normalnie korzystać z aplikacji. Pozdrawiamy, {hero}'
		]
	},
	'mobility.parking-fine': {
		subject: 'Mandat za parkowanie – rezerwacja {order}',
		customer: [
			'Dzień dobry, w mailu jest informacja, że {date} obciążycie moją kartę kwotą {amount} za mandat od straży miejskiej z rezerwacji {order}. Auto stało w strefie zaznaczonej w aplikacji.',
			'Mam zrzut ekranu z aplikacji z komunikatem "przejazd zakończony" dokładnie w tym miejscu. To nic nie znaczy? {customer}'
		],
		hero: [
			'Dzień dobry, zgodnie z regulaminem odpowiedzialność za prawidłowe zaparkowanie pojazdu spoczywa na użytkowniku. Według danych GPS auto stało na miejscu dla mieszkańców.',
			'Zrzut ekranu przekazaliśmy do działu rozliczeń, który rozpatrzy reklamację w ciągu 14 dni. Do tego czasu obciążenie na {amount} zaplanowane na {date} pozostaje aktywne. {hero}'
		]
	},
	'mobility.vehicle-damaged': {
		subject: 'Rysa na drzwiach – zgłoszenie uszkodzenia',
		customer: [
			'Dzień dobry, przy rozpoczęciu wynajmu {order} na drzwiach kierowcy była duża rysa. Nie było czasu na zdjęcia i teraz obawiam się, że to mnie obciążycie.',
			'Uff. Czy trzeba jeszcze coś wypełnić? {customer}'
		],
		hero: [
			'Dzień dobry, dziękujemy za informację. To uszkodzenie zgłosił już poprzedni użytkownik, więc nie będzie ono przypisane do Pana/Pani wynajmu.',
			'Nic więcej nie trzeba. Na przyszłość: przed startem można dodać zdjęcia w aplikacji w zakładce "Zgłoś uszkodzenie". Pozdrawiamy, {hero}'
		]
	},
	'mobility.subscription-cancel': {
		subject: 'Rezygnacja z abonamentu {product}',
		customer: [
			'Dzień dobry, chcę zrezygnować z abonamentu {product}, bo w przyszłym miesiącu przeprowadzam się za granicę.',
			'Czy mam jeszcze jakieś zaległe płatności?',
			'Dziękuję za pomoc. {customer}'
		],
		hero: [
			'Dzień dobry, szkoda, że nas Pan/Pani opuszcza! Abonament {product} pozostanie aktywny do {date} i nie odnowi się automatycznie. Do tego czasu można z niego normalnie korzystać.',
			'Nie, wszystkie płatności są uregulowane. Potwierdzenie rezygnacji wyślemy mailem. Powodzenia w nowym miejscu! {hero}'
		]
	},
	'banking.card-blocked': {
		subject: 'Karta zablokowana po błędnym PIN-ie',
		customer: [
			'Dzień dobry, po trzech błędnych próbach wpisania PIN-u w sklepie karta przestała działać. Jak ją odblokować?',
			'Działa, dziękuję. {customer}'
		],
		hero: [
			'Dzień dobry, ze względów bezpieczeństwa karta blokuje się po trzech błędnych próbach. Można ją odblokować w aplikacji: Karty > Odblokuj PIN, z potwierdzeniem kodem SMS. Jeśli Pan/Pani woli, można też zadzwonić na infolinię. Pozdrawiam, {hero}'
		]
	},
	'banking.unknown-transaction': {
		subject: 'Nieznana transakcja na koncie',
		customer: [
			'Dzień dobry, na koncie jest transakcja na {amount} z opisem "PAYPAL *DIGSTORE", której nie rozpoznaję. Nigdy nie robię zakupów w tym sklepie. Co mam zrobić?',
			'Karta jest u mnie.',
			'Formularz wysłany. {customer}'
		],
		hero: [
			'Dzień dobry, dziękujemy za zgłoszenie. Czy karta jest nadal w Pana/Pani posiadaniu? I czy w ostatnich dniach dane karty były wpisywane na stronie otwartej z linku w SMS-ie lub mailu?',
			'Dla bezpieczeństwa zastrzegliśmy kartę, nowa zostanie wysłana automatycznie. Założyliśmy reklamację nr {order} – prosimy jeszcze wypełnić formularz w aplikacji, abyśmy mogli odzyskać {amount}.',
			'Formularz dotarł. Odpowiedź otrzyma Pan/Pani w ciągu 14 dni roboczych. Pozdrawiam, {hero}'
		]
	},
	'banking.transfer-delayed': {
		subject: 'Przelew nie dotarł do odbiorcy',
		customer: [
			'Dzień dobry, przelew na {amount} zlecony w poniedziałek do właściciela mieszkania nadal do niego nie dotarł. Numer referencyjny {order}.',
			'To konto w Niemczech. Ile to jeszcze może potrwać? {customer}'
		],
		hero: [
			'Dzień dobry, przelew {amount} został wstrzymany do dodatkowej weryfikacji, ponieważ odbiorca był nowy. Weryfikacja zakończyła się dziś rano i środki zostały wysłane.',
			'Przelew SEPA do Niemiec dociera zwykle najpóźniej w następnym dniu roboczym. Jeśli jutro środków nadal nie będzie, prosimy o kontakt – uruchomimy poszukiwanie przelewu. Pozdrawiam, {hero}'
		]
	},
	'banking.login-reset': {
		subject: 'Nie mogę zalogować się do aplikacji na nowym telefonie',
		customer: [
			'Dzień dobry, po zmianie telefonu nie mogę zalogować się do aplikacji. Aplikacja prosi o kod aktywacyjny, ale SMS nie przychodzi.',
			'Numer jest ten sam, zmienił się tylko telefon. {customer}'
		],
		hero: [
			'Dzień dobry, kod przychodzi na numer telefonu zapisany w banku. Czy ten numer się nie zmienił?',
			'Dziękuję. Po kilku nieudanych próbach wysyłka SMS-ów została czasowo zablokowana – blokada jest już zdjęta. Proszę spróbować ponownie za kilka minut. Pozdrawiam, {hero}'
		]
	},
	'banking.statement-request': {
		subject: 'Wyciągi do wniosku kredytowego',
		customer: [
			'Dzień dobry, {date} mam spotkanie w sprawie kredytu hipotecznego i potrzebuję wyciągów z ostatnich 6 miesięcy. Czy mogą Państwo wysłać je mailem? {customer}',
			'Wszystko pobrane, dziękuję.'
		],
		hero: [
			'Dzień dobry, ze względów bezpieczeństwa nie wysyłamy wyciągów mailem. Można je pobrać w bankowości internetowej w zakładce Historia > Wyciągi, wybierając dowolny okres. Jeśli na spotkanie {date} potrzebne są wyciągi z pieczątką, można je zamówić w oddziale. Pozdrawiam, {hero}'
		]
	},
	'banking.address-change': {
		subject: 'Zmiana adresu korespondencyjnego',
		customer: [
			'Dzień dobry, {date} przeprowadzam się i chcę zaktualizować adres w banku. Czy mogę to zrobić online? I czy nowa karta, która ma przyjść w przyszłym miesiącu, trafi już na nowy adres?',
			'Dziękuję, adres zmieniony. Ale co z kartą? {customer}'
		],
		hero: [
			'Dzień dobry, adres można zmienić samodzielnie w aplikacji: Profil > Dane osobowe > Adres, z datą obowiązywania od {date}. Zmianę potwierdza się kodem SMS. Pozdrawiam, {hero}'
		]
	},
	'insurance.claim-status': {
		subject: 'Status zgłoszenia szkody',
		customer: [
			'Dzień dobry, dwa tygodnie temu zgłoszona została szkoda komunikacyjna z polisy {order} i od tamtej pory nie ma żadnej informacji. Na jakim etapie jest sprawa?',
			'A czy warsztat może zacząć naprawę od razu po oględzinach? {customer}'
		],
		hero: [
			'Dzień dobry, przepraszamy za brak informacji. Sprawa jest u rzeczoznawcy, który obejrzy auto {date}; dzień wcześniej zadzwoni, żeby ustalić godzinę.',
			'Tak, jeśli rzeczoznawca zatwierdzi zakres szkody, warsztat dostanie od nas zgodę jeszcze tego samego dnia. Pozdrawiam, {hero}'
		]
	},
	'insurance.new-claim': {
		subject: 'Zgłoszenie zalania mieszkania',
		customer: [
			'Dzień dobry, wczoraj wieczorem u sąsiadów z góry pękła rura i w salonie mam zalany sufit i podłogę. Numer polisy {order}. Jak zgłosić szkodę?',
			'Zdjęcia w załączniku. Czy fachowca do naprawy mam szukać na własną rękę? {customer}'
		],
		hero: [
			'Dzień dobry, bardzo nam przykro. Zarejestrowaliśmy szkodę. Prosimy o przesłanie zdjęć zniszczeń i, jeśli to możliwe, danych ubezpieczyciela sąsiadów.',
			'Dziękujemy za zdjęcia. Na razie nie trzeba niczego organizować – w ciągu 2 dni roboczych skontaktuje się z Panem/Panią rzeczoznawca, żeby umówić oględziny. Prosimy do tego czasu nie wyrzucać zniszczonych rzeczy. Pozdrawiam, {hero}'
		]
	},
	'insurance.certificate-request': {
		subject: 'Zaświadczenie o ubezpieczeniu',
		customer: [
			'Dzień dobry, potrzebuję zaświadczenia o posiadaniu ubezpieczenia {product} (polisa {order}) do złożenia w urzędzie. Czy można je dostać mailem?',
			'Dotarło, dziękuję. {customer}'
		],
		hero: [
			'Dzień dobry, zaświadczenie do ubezpieczenia {product} zostało wysłane na adres e-mail podany w umowie. Można je też w każdej chwili pobrać w serwisie klienta w zakładce Dokumenty. Pozdrawiam, {hero}'
		]
	},
	'insurance.premium-increase': {
		subject: 'Dlaczego składka tak wzrosła?',
		customer: [
			'Dzień dobry, w propozycji odnowienia polisy {order} składka za ubezpieczenie {product} wynosi teraz {amount}, choć przez cały rok nie było żadnej szkody. Z czego to wynika?',
			'Czy da się jakoś obniżyć tę kwotę? {customer}'
		],
		hero: [
			'Dzień dobry, nowa składka {amount} wynika z corocznej aktualizacji taryfy dla ubezpieczenia {product}, która uwzględnia rosnące koszty napraw i świadczeń. Nie ma to związku z Pana/Pani historią – zniżki zostały zachowane.',
			'Tak, np. wyższy udział własny i płatność jednorazowa zamiast miesięcznej obniżą składkę łącznie o ok. 10%. Chętnie przygotujemy kalkulację. Pozdrawiam, {hero}'
		]
	},
	'insurance.cancel-policy': {
		subject: 'Rozwiązanie polisy po sprzedaży auta',
		customer: [
			'Dzień dobry, samochód jest sprzedany, kupujący odbiera go {date}. Proszę o rozwiązanie polisy {order} od tego dnia. Co jest potrzebne?',
			'Umowa kupna-sprzedaży w załączniku. Czy dostanę zwrot za niewykorzystaną część składki? {customer}'
		],
		hero: [
			'Dzień dobry, prosimy o przesłanie skanu umowy kupna-sprzedaży. Na jej podstawie rozwiążemy umowę z dniem {date}.',
			'Dziękujemy. Polisa {order} zostanie rozwiązana z dniem {date}, a zwrot składki za niewykorzystany okres przelejemy w ciągu 14 dni na rachunek, z którego była opłacona. Pozdrawiam, {hero}'
		]
	},
	'insurance.add-driver': {
		subject: 'Dopisanie syna jako kierowcy',
		customer: [
			'Dzień dobry, syn właśnie zdał egzamin na prawo jazdy. Chcę go dopisać jako kierowcę do polisy {order} od {date}.',
			'Ma 18 lat. Ile to będzie kosztowało? {customer}'
		],
		hero: [
			'Dzień dobry, gratulujemy synowi! Ile syn ma lat? Na tej podstawie przygotujemy nową kalkulację.',
			'Dla kierowcy w wieku 18 lat składka wzrośnie o ok. 65 zł miesięcznie. Kalkulację wysłaliśmy mailem – po jej akceptacji syn będzie ubezpieczony od {date}. Pozdrawiam, {hero}'
		]
	}
};
