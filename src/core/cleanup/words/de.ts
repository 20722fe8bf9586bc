import type { CleanupWords } from './types.ts';

export const de: CleanupWords = {
  credit: ['foto', 'fotos', 'bild', 'bilder', 'fotografie', 'bildquelle', 'quelle', 'grafik', 'video'],
  by: ['von'],
  ui: ['anzeige', 'werbung', 'weiterlesen', 'mehr lesen', 'teilen', 'artikel teilen', 'drucken', 'schließen', 'bild vergrößern', 'zum seitenanfang', 'nach oben', 'artikel vorlesen', 'noch keine kommentare'],
  related: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'siehe auch', 'passend zum thema', 'meistgelesen', 'mehr dazu', 'auch lesenswert'],
  stamp: ['aktualisiert', 'veröffentlicht', 'stand', 'erstellt', 'zuletzt', 'vor', 'tag', 'tagen', 'stunde', 'stunden', 'minute', 'minuten', 'gestern', 'heute'],
  date: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'jän', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
    'am', 'um', 'uhr', 'den', 'und',
  ],
  rights: ['alle rechte vorbehalten', 'alle angaben ohne gewähr'],
  disclosure: ['enthält werbung', 'affiliate-links', 'affiliate-link', 'provisionslinks', 'provisions-links', 'erhalten wir eine provision', 'gesponserter beitrag', 'werblicher inhalt'],
  follow: ['folgen sie uns', 'folgt uns', 'folge uns', 'abonnieren sie uns', 'abonniere uns', 'besuchen sie uns', 'finden sie uns'],
  followName: ['folgen sie', 'folge'],
  author: ['über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'über die autoren'],
};
