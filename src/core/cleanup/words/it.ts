import type { CleanupWords } from './types.ts';

export const it: CleanupWords = {
  credit: ['foto', 'immagine', 'immagini', 'fonte', 'credito', 'crediti', 'video'],
  by: ['di'],
  ui: ['pubblicità', 'continua a leggere', 'condividi', 'stampa', 'chiudi', 'ingrandisci', 'torna su', 'nessun commento'],
  related: ['leggi anche', 'vedi anche', 'potrebbe interessarti', 'articoli correlati', 'correlati', 'leggi di più', 'i più letti', 'ti potrebbe interessare'],
  stamp: ['pubblicato', 'aggiornato', 'fa', 'giorno', 'giorni', 'ora', 'ore', 'minuto', 'minuti', 'ieri', 'oggi'],
  date: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
    'gen', 'feb', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'il', 'alle', 'del', 'e',
  ],
  rights: ['tutti i diritti riservati', 'riproduzione riservata'],
  disclosure: ['link di affiliazione', 'link affiliati', 'contenuto sponsorizzato', 'articolo sponsorizzato', 'ricevere una commissione'],
  follow: ['seguici', 'seguiteci', 'iscriviti al nostro', 'trovaci'],
  followName: ['segui', 'unisciti al'],
  author: ["sull'autore", "l'autore", "informazioni sull'autore"],
};
