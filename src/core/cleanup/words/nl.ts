import type { CleanupWords } from './types.ts';

export const nl: CleanupWords = {
  credit: ['foto', "foto's", 'beeld', 'afbeelding', 'bron', 'video'],
  by: ['door'],
  ui: ['advertentie', 'lees verder', 'lees meer', 'delen', 'printen', 'sluiten', 'vergroten', 'naar boven'],
  related: ['lees ook', 'zie ook', 'meer over', 'gerelateerd', 'gerelateerde artikelen', 'meest gelezen', 'ook interessant'],
  stamp: ['gepubliceerd', 'bijgewerkt', 'geplaatst', 'aangepast', 'geleden', 'dag', 'dagen', 'uur', 'minuut', 'minuten', 'gisteren', 'vandaag'],
  date: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'op', 'om', 'en',
  ],
  rights: ['alle rechten voorbehouden'],
  disclosure: ['affiliate links', 'affiliatelinks', 'gesponsorde inhoud', 'gesponsord artikel', 'ontvangen wij een commissie'],
  follow: ['volg ons', 'vind ons', 'abonneer je op ons'],
  followName: ['volg'],
  author: ['over de auteur', 'over de schrijver'],
};
