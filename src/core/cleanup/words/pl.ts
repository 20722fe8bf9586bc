import type { CleanupWords } from './types.ts';

export const pl: CleanupWords = {
  credit: ['fot', 'foto', 'zdjęcie', 'zdjęcia', 'źródło', 'wideo'],
  by: [],
  ui: ['reklama', 'czytaj dalej', 'udostępnij', 'drukuj', 'zamknij', 'powiększ', 'do góry'],
  related: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'przeczytaj też', 'przeczytaj także', 'polecamy', 'powiązane', 'najczęściej czytane'],
  stamp: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'temu', 'dzień', 'dni', 'godzina', 'godziny', 'godzin', 'minut', 'wczoraj', 'dzisiaj'],
  date: [
    'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
    'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
    'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'r', 'o', 'godz', 'i',
  ],
  rights: ['wszelkie prawa zastrzeżone'],
  disclosure: ['linki afiliacyjne', 'linki partnerskie', 'artykuł sponsorowany', 'treść sponsorowana'],
  follow: ['obserwuj nas', 'dołącz do nas', 'subskrybuj nasz'],
  followName: ['obserwuj'],
  author: ['o autorze', 'o autorce'],
};
