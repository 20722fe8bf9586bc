// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findAppeals, removeAppeals } from '../../../../src/core/appeals/index.ts';
import { article, page, PROSE } from './helpers.ts';

const DEFAULTS = { categories: ['newsletter', 'donation', 'membership'] as const };
const SIGNUP = `<div class="newsletter-box"><h3>Sign up for our newsletter</h3><p>The day's news in your inbox every morning.</p>
  <form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>`;
const EPIC = `<div class="support-epic"><h3>Support independent journalism</h3><p>Our reporting is free for everyone. If you can, please support us.</p>
  <div><button>Once</button><button>Monthly</button><button>Annual</button></div><a href="/donate">Donate now</a><a href="#">Maybe later</a></div>`;
const textOf = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ');

describe('findAppeals', () => {
  it('finds a sign-up box and a donation epic inside an article, outermost block only', () => {
    const doc = page(article(SIGNUP + EPIC));
    const found = findAppeals(doc, DEFAULTS);
    expect(found.map((m) => [m.category, m.element.className])).toEqual([
      ['newsletter', 'newsletter-box'],
      ['donation', 'support-epic'],
    ]);
    expect(found[0]!.reason).toMatch(/email-signup-form/);
    expect(found[1]!.reason).toMatch(/payment-choices/);
    expect(found[1]!.text.startsWith('Support independent journalism')).toBe(true);
  });

  it('does not change the document', () => {
    const doc = page(article(SIGNUP + EPIC));
    const before = doc.body.innerHTML;
    findAppeals(doc, DEFAULTS);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('only reports the asked categories', () => {
    const doc = page(article(SIGNUP + EPIC));
    expect(findAppeals(doc, { categories: ['newsletter'] }).map((m) => m.category)).toEqual(['newsletter']);
    expect(findAppeals(doc, { categories: [] })).toEqual([]);
  });

  it('removeAppeals takes the blocks out and keeps every paragraph', () => {
    const doc = page(article(SIGNUP + EPIC));
    const removed = removeAppeals(doc, DEFAULTS);
    expect(removed).toHaveLength(2);
    const text = textOf(doc);
    expect(text).not.toContain('Sign up for our newsletter');
    expect(text).not.toContain('Maybe later');
    for (const p of PROSE) expect(text).toContain(p);
  });

  it('works on an element root (the extracted content) where forms and buttons are gone', () => {
    const doc = page(`<div id="content">${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <div id="newsletter-promo"><h3>Sign up for our free weekly newsletter</h3><p>You will receive it in your mailbox every Friday.</p></div>
      <p>${PROSE[0]}</p></div>`);
    const root = doc.getElementById('content')!;
    const found = findAppeals(root, DEFAULTS);
    expect(found.map((m) => m.element.id)).toEqual(['newsletter-promo']);
  });

  it('needs more than text: an appeal-like sentence alone is left', () => {
    const doc = page(`<div id="content">${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Sign up for our newsletter.</p></div>`);
    expect(findAppeals(doc, DEFAULTS)).toEqual([]);
  });

  it('finds appeals inside open shadow roots', () => {
    const doc = page(article('<div id="host"></div>'));
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = SIGNUP;
    const found = findAppeals(doc, DEFAULTS);
    // The host is the outermost block holding the widget: marking it hides the shadow content.
    expect(found.map((m) => m.element.id)).toEqual(['host']);
    expect(found[0]!.category).toBe('newsletter');
  });

  it('does not take a wrapper that also holds related links', () => {
    const related = '<ul><li><a href="/a">Budget vote delayed after objections from the opposition</a></li><li><a href="/b">First electric buses arrive at the depot</a></li><li><a href="/c">New library opens in the north district</a></li></ul>';
    const doc = page(article(`<div class="article-bottom">${EPIC}<h2>Read more</h2>${related}</div>`));
    expect(findAppeals(doc, DEFAULTS).map((m) => m.element.className)).toEqual(['support-epic']);
  });

  it('finds a long letter under a short news brief, but never the brief itself', () => {
    const letter = `<div class="contribute"><h3>A message from the Daily Example</h3><p>Dear readers, ${PROSE[2]}</p>
      <p>Our journalism is free for everyone because readers support us. Please support us monthly: every contribution helps independent journalism survive.</p>
      <p>${PROSE[3]}</p><a href="/contribute">Support us</a> <a href="#">Remind me later</a></div>`;
    const doc = page(`<div id="content"><p>${PROSE[0]}</p>${letter}</div>`);
    const found = findAppeals(doc.getElementById('content')!, DEFAULTS);
    expect(found.map((m) => m.element.className)).toEqual(['contribute']);
  });

  it('reads a select\'s options as choices, not text: a sign-up form with a country list is still a small box', () => {
    // mozilla.org: the newsletter form's country and language pickers list hundreds of options.
    const countries = Array.from({ length: 200 }, (_, i) => `<option value="c${i}">Country number ${i}</option>`).join('');
    const form = `<form class="newsletter-form"><h3>Get Firefox news</h3><input type="email" placeholder="YOUR EMAIL HERE"><select name="country">${countries}</select><label><input type="checkbox"> I'm okay with Mozilla handling my info as explained in this Privacy Policy</label><button type="submit">Sign up now</button></form>`;
    const found = findAppeals(page(article(form)), DEFAULTS);
    expect(found.map((m) => [m.category, m.element.tagName])).toEqual([['newsletter', 'FORM']]);
  });

  it('takes the sign-up box out of a footer, not the footer with its navigation', () => {
    const footer = `<footer class="site-footer"><nav><a href="/about">About us</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a></nav>${SIGNUP}<p>© 2024 The Daily Example</p></footer>`;
    const doc = page(article('') + footer);
    expect(findAppeals(doc, DEFAULTS).map((m) => m.element.className)).toEqual(['newsletter-box']);
  });

  it('takes a footer\'s newsletter link that opens the login dialog, and leaves the account link beside it', () => {
    const doc = page(`${article('')}<div id="footer"><div class="footer-links"><p>Suivez-nous</p><ul><li><a href="https://facebook.com/x">Facebook</a></li><li><a href="https://twitter.com/x">Twitter</a></li></ul>
      <p class="link-nl"><span class="nl js_trigger_login_register">Recevez nos newsletters</span></p>
      <p class="link-account"><span class="js_trigger_login_register">Mon compte</span></p>
      <p>Index : <a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a> <a href="/d">D</a> <a href="/e">E</a> <a href="/f">F</a></p></div></div>`);
    const found = findAppeals(doc, DEFAULTS);
    expect(found.map((m) => [m.category, m.element.className])).toEqual([['newsletter', 'link-nl']]);
  });

  it('takes a bar of one offer line and its button whole (the button is the ask\'s own)', () => {
    // A site-wide notification bar (a real page): the offer's text and a "Click here" link in one cell.
    const bar = `<div class="notification-bar"><table><tbody><tr><td><div class="message">Get Motor Cycle Monthly delivered through your door every month</div><div><a class="button" href="https://shop.example.test/mcm44">Click here</a></div></td></tr></tbody></table></div>`;
    // Beside a page whose text is one block, so the bar is not judged as a box of its own.
    const found = findAppeals(page(`${bar}<div class="page"><p>${PROSE.join(' ')}</p></div>`), DEFAULTS);
    expect(found.map((m) => m.category)).toEqual(['membership']);
    expect(found[0]!.element.querySelector('a.button')).not.toBeNull();
  });

  it('does not take a headline link beside an ask into its box', () => {
    const bar = `<div class="notification-bar"><table><tbody><tr><td><div class="message">Get Motor Cycle Monthly delivered through your door every month</div><div><a href="/2024/05/story">The city council votes on the new budget tonight</a></div></td></tr></tbody></table></div>`;
    const found = findAppeals(page(`${bar}<div class="page"><p>${PROSE.join(' ')}</p></div>`), DEFAULTS);
    expect(found.map((m) => [m.category, m.element.className])).toEqual([['membership', 'message']]);
  });

  it('takes the intro of a sign-up whose form the page draws later, by its promise about the address', () => {
    // A newsletter archive page (real): its intro asks, and promises no spam, above an empty form slot.
    const intro = `<div class="intro"><p>Weekly is a newsletter about Linux and open source. Want to get it in your inbox every Sunday? Subscribe below!</p>
      <div><span>I <a href="/about/">respect your privacy</a> and you won't get spam. Ever. Just a weekly-ish newsletter about Linux and open source.</span></div></div>`;
    const doc = page(`<div class="issue"><h1>Weekly issue #130: kernels, proxies and more</h1><hr>${intro}</div>${article('')}`);
    expect(findAppeals(doc, DEFAULTS).map((m) => [m.category, m.element.className])).toEqual([['newsletter', 'intro']]);
  });

  it('reads what a sign-up box says once sent as part of the box: the whole box goes, its blurb too', () => {
    // A footer's sign-up drawer (a real corporate page): a header line, the form's intro, and the
    // messages it shows after sending, all in the page at once.
    const box = `<div class="subscribenewsletter"><div class="subscribe"><div class="subscribe-static-container"><div class="subscribe__header">
      <p>Stay up to date with Acme. <a href="#">Subscribe</a> to our newsletter.</p><span>No thanks</span>
      <div>Please, fill the form to subscribe to our newsletter</div>
      <div><div>You have succesfully subscribed. Thank you!</div><p>An email with an activation link has just been sent to your email address. Please activate your subscription by clicking on the activation link inside the email.</p></div></div>
      <div class="subscribe__container"><div class="form"><h2>Acme News Service</h2><div><p>Acme corporate news at your fingertips.</p>
      <p>Acme offers to all interested persons a News Service that brings Acme's corporate media releases directly to the user's desktop or mobile device.</p></div></div></div>
      </div></div></div>`;
    const doc = page(`${article('')}<footer>${box}</footer>`);
    const found = findAppeals(doc, DEFAULTS);
    expect(found.map((m) => m.category)).toEqual(['newsletter']);
    const taken = (found[0]!.element.textContent ?? '').replace(/\s+/g, ' ');
    expect(taken).toContain('Stay up to date with Acme');
    expect(taken).toContain('Acme offers to all interested persons a News Service');
  });
});

describe('findAppeals on articles about appeals (precision)', () => {
  it('keeps an article about newsletters and donations, paragraphs and all', () => {
    const paragraphs = [
      'Newsletters have become a business: writers who sign up for a platform keep most of the subscription revenue, and the largest newsletters now have hundreds of thousands of subscribers.',
      '"Subscribe to our newsletter" pop-ups annoy readers, the study found, yet they remain the most effective way for publishers to grow their email lists.',
      'Residents were urged to donate to the flood appeal, and the charity said donations had doubled since the storm; people can sign up at the agency\'s website to volunteer.',
      'Membership programmes, in which readers pay monthly or annually to support a newsroom, now fund about a third of nonprofit journalism in the country.',
      'The report recommends that newsrooms ask for support only once per visit and make it easy to say "maybe later".',
    ];
    const doc = page(`<article><h1>The newsletter economy</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
      <p><a href="https://www.patreon.com/someone">One writer's Patreon</a> earns more than her salary did.</p></article>`);
    expect(findAppeals(doc, { categories: ['newsletter', 'donation', 'membership', 'app', 'social', 'comments'] })).toEqual([]);
  });

  it('keeps a German article about a fund drive', () => {
    const paragraphs = [
      'Nach dem Hochwasser hat die Stadt eine Spendenaktion gestartet: Wer helfen möchte, kann auf das Konto der Gemeinde spenden, teilte der Bürgermeister am Montag mit.',
      'Bis Freitag kamen nach Angaben der Stadt bereits 120.000 Euro zusammen; die Unterstützung aus der Region sei überwältigend, sagte eine Sprecherin.',
      'Auch Vereine rufen zur Unterstützung auf. Der Sportverein will die Einnahmen seines Sommerfests vollständig spenden und bittet seine Mitglieder um Hilfe beim Aufbau.',
    ];
    const doc = page(`<article><h1>Spendenaktion nach dem Hochwasser</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
      <p><a href="https://hilfe.example.de/spenden">Zur Spendenseite der Stadt</a></p></article>`);
    expect(findAppeals(doc, DEFAULTS)).toEqual([]);
  });

  it('keeps a price table in an article about subscriptions', () => {
    const table = '<table><tr><th>Plan</th><th>Monthly</th><th>Annual</th></tr><tr><td>Basic</td><td>$9</td><td>$90</td></tr><tr><td>Plus</td><td>$15</td><td>$150</td></tr></table>';
    const doc = page(article(`<div class="chart">${table}<p>Source: company filings.</p></div>`));
    expect(findAppeals(doc, DEFAULTS)).toEqual([]);
  });

  it('keeps a comment form and a site menu', () => {
    const comments = '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p><input name="email"><textarea></textarea><button>Post Comment</button></form></div>';
    const menu = '<div class="menu-links"><a href="/donate">Donate</a> <a href="/membership">Become a member</a> <a href="/newsletters">Newsletters</a> <a href="/about">About</a></div>';
    const doc = page(menu + article(comments));
    expect(findAppeals(doc, DEFAULTS)).toEqual([]);
  });
});
