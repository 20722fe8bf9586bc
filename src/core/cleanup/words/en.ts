import type { CleanupWords } from './types.ts';

export const en: CleanupWords = {
  credit: ['photo', 'photos', 'photograph', 'photo credit', 'photo credits', 'image', 'images', 'image credit', 'image copyright', 'image source', 'picture', 'credit', 'credits', 'courtesy', 'courtesy of', 'illustration', 'video'],
  by: ['by'],
  ui: [
    'advertisement', 'advert', 'ad', 'sponsored', 'skip to content', 'skip to main content', 'continue reading', 'continue reading below',
    'story continues below', 'article continues below', 'story continues below advertisement', 'enlarge image', 'enlarge this image',
    'toggle caption', 'hide caption', 'show caption', 'caption', 'close', 'read more', 'print', 'print this page', 'print article',
    'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet this',
    'no comments yet', 'no ratings yet', 'download as pdf', 'back to top', 'listen to this article', 'view comments', 'sign in', 'log in',
    'view author archive', 'email the author', 'follow on twitter', 'view gallery', 'view slideshow', 'this slideshow requires javascript',
  ],
  related: [
    'related', 'related stories', 'related story', 'related articles', 'related article', 'related coverage', 'related content', 'related news',
    'related links', 'related reading', 'related video', 'related videos', 'read more', 'read also', 'also read', 'more', 'more on this',
    'more on this story', 'more from', 'see also', 'see more', 'also', 'also see', 'you may also like', 'you might also like',
    'you may be interested in', 'recommended', 'recommended for you', "don't miss", 'dont miss', 'trending', 'trending now', 'most popular',
    'most read', 'latest news', 'latest', 'further reading', 'keep reading', 'top stories', "editor's picks", 'more stories', 'read next',
    'up next', 'what to read next', 'more news', 'also on',
  ],
  stamp: ['updated', 'last updated', 'published', 'first published', 'posted', 'modified', 'last modified', 'date', 'ago', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'mins', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yesterday', 'today'],
  date: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'on', 'at', 'the', 'of', 'am', 'pm', 'a', 'p', 'm', 'and',
  ],
  rights: ['all rights reserved', 'subject to copyright', 'may not be published, broadcast, rewritten or redistributed'],
  disclosure: ['affiliate link', 'affiliate links', 'affiliate and/or referral links', 'referral links', 'may earn a commission', 'earn a small commission', 'may receive a commission', 'earn a commission', 'sponsored post', 'sponsored content', 'paid partnership', 'this article contains advertising', 'this post contains advertising'],
  follow: ['follow us', 'like us on', 'find us on', 'join us on', 'connect with us', 'subscribe to our', 'subscribe to us', 'subscribe on'],
  followName: ['follow', 'subscribe to the', 'subscribe to'],
  author: ['about the author', 'about the authors', 'about the writer', 'about author'],
};
