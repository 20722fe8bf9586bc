import type { CleanupWords } from './types.ts';

export const fr: CleanupWords = {
  credit: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'image', 'illustration', 'source', 'vidéo'],
  by: ['par'],
  ui: ['publicité', 'lire la suite', 'partager', 'imprimer', 'fermer', 'agrandir', "agrandir l'image", 'retour en haut', 'aucun commentaire'],
  related: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'à lire', 'les plus lus', 'articles liés', 'lire plus'],
  stamp: ['publié', 'mis à jour', 'mis', 'à', 'jour', 'modifié', 'il', 'y', 'a', 'jours', 'heure', 'heures', 'minutes', 'hier', "aujourd'hui"],
  date: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à', 'h', 'et',
  ],
  rights: ['tous droits réservés'],
  disclosure: ['liens affiliés', 'lien affilié', 'liens d’affiliation', "liens d'affiliation", 'contenu sponsorisé', 'article sponsorisé', 'percevoir une commission'],
  follow: ['suivez-nous', 'suivez nous', 'suis-nous', 'rejoignez-nous', 'retrouvez-nous', 'abonnez-vous à notre'],
  followName: ['suivez', 'likez'],
  author: ["à propos de l'auteur", "à propos de l'autrice", "l'auteur", "sur l'auteur"],
};
