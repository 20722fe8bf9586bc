// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_EVIDENCE_CAP, DEFAULT_STRONG_PHRASE_WEIGHT } from '../../../../src/core/appeals/constants.ts';
import { appealPhrases } from '../../../../src/core/appeals/rules/appeal-phrases.ts';
import { dismissLater } from '../../../../src/core/appeals/rules/dismiss-later.ts';
import { evidenceOf, PROSE } from './helpers.ts';

const weightFor = (html: string, category: string) =>
  evidenceOf(appealPhrases, html).find((e) => e.target === category)?.weight ?? 0;

describe('appeal-phrases', () => {
  it.each([
    ['Sign up for our free weekly newsletter', 'newsletter'],
    ['Get the best stories in your inbox every morning', 'newsletter'],
    ['Abonnieren Sie unseren Newsletter', 'newsletter'],
    ['Inscrivez-vous à notre newsletter', 'newsletter'],
    ['Suscríbete a nuestro boletín', 'newsletter'],
    ['Zapisz się do naszego newslettera', 'newsletter'],
    ['Подпишитесь на нашу рассылку', 'newsletter'],
    ['Please support our journalism today', 'donation'],
    ['Unterstützen Sie unabhängigen Journalismus', 'donation'],
    ['Sostieni il nostro giornalismo', 'donation'],
    ['Підтримайте нас', 'donation'],
    ['Word lid van De Krant', 'membership'],
    ['Become a member for unlimited access', 'membership'],
    ['Assine já e tenha acesso ilimitado', 'membership'],
    ['Berlangganan newsletter kami, gratis', 'newsletter'],
    ['Dukung kami dengan berdonasi', 'donation'],
    ['Menjadi anggota untuk akses tanpa batas', 'membership'],
    // What a sign-up form says once sent
    ["You're now subscribed. Check your inbox.", 'newsletter'],
    ['An email with an activation link has just been sent to your address.', 'newsletter'],
    ['Seu e-mail foi cadastrado com sucesso!', 'newsletter'],
    ['Vielen Dank für Ihre Anmeldung!', 'newsletter'],
    ['Merci pour votre inscription !', 'newsletter'],
    ['¡Gracias por suscribirte!', 'newsletter'],
    ['Grazie per esserti iscritto.', 'newsletter'],
    // A sign-up box's promise about the address
    ["I respect your privacy and you won't get spam. Ever.", 'newsletter'],
    ['Kein Spam, jederzeit abbestellbar.', 'newsletter'],
    ['Pas de spam, désinscription en un clic.', 'newsletter'],
  ])('"%s" → %s', (line, category) => {
    expect(weightFor(`<p>${line}</p>`, category)).toBeGreaterThanOrEqual(DEFAULT_STRONG_PHRASE_WEIGHT);
  });

  it('gives topic words alone little weight', () => {
    expect(weightFor('<p>The newsletter was popular.</p>', 'newsletter')).toBeLessThan(0.3);
    expect(weightFor('<p>Residents were urged to donate blood.</p>', 'donation')).toBeLessThan(0.3);
  });

  it('scales a phrase down inside a long paragraph', () => {
    const short = weightFor('<p>Support our journalism.</p>', 'donation');
    const long = weightFor(`<p>${PROSE[0]} "Support our journalism," the banner said. ${PROSE[1]}</p>`, 'donation');
    expect(long).toBeLessThan(short / 2);
  });

  it('caps text evidence', () => {
    const many = '<div><p>Support us.</p><p>Donate now.</p><p>Your support matters.</p><p>Make a contribution.</p></div>';
    expect(weightFor(many, 'donation')).toBe(DEFAULT_TEXT_EVIDENCE_CAP);
  });
});

describe('dismiss-later', () => {
  it('sees "remind me later" in a short line, in several languages', () => {
    for (const line of ['Remind me later.', 'Maybe later', 'Nein danke', 'Plus tard', 'Не сейчас']) {
      expect(evidenceOf(dismissLater, `<div><a href="#">${line}</a></div>`), line).toHaveLength(1);
    }
  });

  it('ignores the words inside prose', () => {
    expect(evidenceOf(dismissLater, `<p>${PROSE[0]} Not now, said the mayor, maybe later.</p>`)).toEqual([]);
  });
});
