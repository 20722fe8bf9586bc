// @vitest-environment node
/**
 * Short asks: one-line asks standing among the article's paragraphs (standalone-ask), small boxes
 * headed by a call to action (ask-heading), calls to action naming a topic, and the box around an
 * appeal. Examples are the markup of real pages (corpus/mercury-news-pages), trimmed.
 */
import { describe, expect, it } from 'vitest';
import { findAppeals } from '../../../../src/core/appeals/index.ts';
import { askBox } from '../../../../src/core/appeals/rules/ask-box.ts';
import { namedBox } from '../../../../src/core/appeals/rules/named-box.ts';
import { askHeading } from '../../../../src/core/appeals/rules/ask-heading.ts';
import { standaloneAsk } from '../../../../src/core/appeals/rules/standalone-ask.ts';
import { asksIn } from '../../../../src/core/appeals/text.ts';
import { evidenceOf, PROSE, page } from './helpers.ts';

const DEFAULTS = { categories: ['newsletter', 'donation', 'membership'] as const };
/** The ask between two paragraphs of an article body. */
const body = (ask: string) => `<div class="body"><p>${PROSE[0]}</p>${ask}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></div>`;
const found = (html: string) => findAppeals(page(html), DEFAULTS).map((m) => [m.category, (m.element.textContent ?? '').trim().slice(0, 40)]);

describe('one-line asks among paragraphs', () => {
  it.each([
    // fortune.com: a newsletter named between sections, its name a link.
    ['<p><em><a href="http://fortune.com/getdatasheet/">Get Data Sheet</a>, </em>Fortune<em>’s technology newsletter</em></p>', 'newsletter'],
    // qz.com: the whole line in bold italics, the newsletter's name a link.
    ['<p><b><i>Sign up to the </i></b><a href="https://qz.com/emails/africa-weekly-brief/"><b><i>Quartz Africa Weekly Brief here</i></b></a><b><i> for news and analysis in your inbox</i></b></p>', 'newsletter'],
    // huffingtonpost.com: emphasis only, no link, in an embed wrapper.
    ['<div class="embed"><span><br><em><strong>Want more updates from Sam? Sign up for his newsletter, Spam Stein.</strong></em><br></span></div>', 'newsletter'],
    // substack: the in-post "Subscribe now" button paragraph.
    ['<p class="button-wrapper"><a class="button primary" href="https://example.substack.com/subscribe?utm_source=post"><span>Subscribe now</span></a></p>', 'membership'],
    // cnn.com: a newsletter issue's headline and the call closing it, one link between paragraphs.
    ['<p> <a href="http://us11.campaign-archive2.com/?u=47c9&amp;id=1372">Nightcap: Recount begins in Wisconsin; two more could come soon | Sign up</a> </p>', 'newsletter'],
  ])('removes %s', (ask, category) => {
    const matches = found(body(ask));
    expect(matches).toHaveLength(1);
    expect(matches[0]![0]).toBe(category);
  });

  it('says it was recognised by text and position', () => {
    const [match] = findAppeals(page(body('<p><em><a href="/newsletters/data">Get Data Sheet</a>, our technology newsletter</em></p>')), DEFAULTS);
    expect(match!.reason).toMatch(/standalone-ask .*one-line ask with a link or button, between paragraphs/);
    expect(match!.reason).toMatch(/appeal-phrases/);
  });

  it.each([
    // The same words inside a paragraph of prose.
    [`<p>${PROSE[3]} Readers can sign up for our newsletter on the website, the council said in a statement on Friday.</p>`],
    // Someone speaking.
    ['<p>“Please support us,” she said, pointing at <a href="/x">the banner</a>.</p>'],
    // A plain short line with no link, button or emphasis.
    ['<p>Subscribe to the newsletter now.</p>'],
    // A related story with a subscribers-only badge: the link is a headline, not an ask.
    ['<p>Read also <span>Subscribers only</span> <a href="/economy/imf-warns">The IMF urges governments not to waste the recovery</a></p>'],
    // A headline with a call in it, not closing it as a segment of its own.
    ['<p><a href="/health/medicare">Medicare open enrolment: how to sign up before the deadline</a></p>'],
    // A headline whose closing segment is more than a call.
    ['<p><a href="/politics/drive">Voter drive: sign up your neighbours to vote this autumn</a></p>'],
    // A closing segment that is another category's phrase: social, off by default, not a newsletter.
    ['<p><strong>For access to all our exclusive videos – <a href="https://www.youtube.com/user/example">Subscribe on YouTube!</a></strong></p>'],
  ])('keeps %s', (line) => {
    expect(found(body(line))).toEqual([]);
  });

  it.each([
    // japan.zdnet.com: a newsletter line in Japanese, a link of its own below the article.
    ['<p><a href="/mail/">ZDNet Japan 記事を毎朝メールでまとめ読み(登録無料)</a></p>', 'newsletter'],
    ['<p><strong><a href="/member/">会員登録はこちら</a></strong></p>', 'membership'],
  ])('removes a Chinese or Japanese ask: %s', (ask, category) => {
    expect(found(body(ask)).map(([c]) => c)).toEqual([category]);
  });

  it('keeps Japanese prose that mentions registration', () => {
    expect(found(body('<p>同社は新しいサービスの登録者数が100万人を超えたと発表した。<a href="/news/1">詳細</a></p>'))).toEqual([]);
  });

  it('takes a plain line beside another ask of the same kind: a sign-up box without its form', () => {
    // prospectmagazine.co.uk: the report's sign-up, its form gone, at the end of the body.
    const lines =
      '<p><em>You can also receive the full report as a PDF. To do so, simply enter your email below.</em></p><p>When you sign up for this free report, you will also join our free <em>Prospect</em> newsletter.</p>';
    const matches = findAppeals(page(`<div class="body"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${lines}</div>`), DEFAULTS);
    expect(matches.map((m) => m.category)).toEqual(['newsletter', 'newsletter']);
    expect(matches[1]!.reason).toMatch(/beside another ask \(the line before\)/);
  });

  it('keeps a plain line beside a line that does not ask, or asks for something else', () => {
    const plain = '<p>When you sign up for this free report, you will also join our free weekly newsletter.</p>';
    expect(found(body(plain))).toEqual([]);
    const other = `<p><em><a href="/donate">Support our journalism today</a></em></p>${plain}`;
    expect(found(body(other)).map(([c]) => c)).toEqual(['donation']);
  });

  it('needs a paragraph beside it: a lone line in a sidebar is not in the article flow', () => {
    const html = '<aside><p><a href="/newsletters">Get our newsletter</a></p><p><a href="/about">About</a></p></aside>';
    expect(evidenceOf(standaloneAsk, html)).toEqual([]);
  });
});

describe('a paragraph that is one sentence opening with an ask', () => {
  // blisterreview.com: a gear review's members-only section, its ask the start of one long sentence.
  const MEMBERS =
    '<p>Become a <a href="https://example.com/shop/example-membership">Example Member</a> or <a href="https://example.com/shop/deep-dive">Deep Dive subscriber</a> to check out our <a href="https://example.com/deep-dive/deep-dive-line-outline">Deep Dive comparisons of the Line Outline</a> to the Line Sir Francis Bacon, Atomic Bent Chetler 120, K2 Catamaran, Moment Wildcat / Blister Pro, Blizzard Spur, Folsom Trophy Carbon, Prior CBC, Icelantic Nomad 115, Rossignol Black Ops 118, and Dynastar PR-OTO Factory.</p>';

  it('removes it, however long what the ask gives, and says why', () => {
    const [match, ...rest] = findAppeals(page(body(MEMBERS)), DEFAULTS);
    expect(rest).toEqual([]);
    expect(match!.category).toBe('membership');
    expect(match!.reason).toMatch(/opening-ask .*one sentence opening with the ask and its link, between paragraphs/);
  });

  it.each([
    ['two sentences', MEMBERS.replace('to check out', 'today. Members check out')],
    ['the ask further in', MEMBERS.replace('<p>Become a', '<p>Our testers agree that you should become a')],
    ['a link to another page', MEMBERS.replace('shop/example-membership', 'skis/outline')],
    ['its first link far from the ask', MEMBERS.replace(/<a href="[^"]+">(Example Member|Deep Dive subscriber)<\/a>/g, '$1').replace('deep-dive/deep-dive-line-outline', 'shop/example-membership')],
    ['a quotation', MEMBERS.replace('<p>Become', '<p>“Become').replace('Factory.', 'Factory,” he said.')],
    // The same in Chinese, where a sentence ends with "。" and no space.
    ['two Chinese sentences', MEMBERS.replace(/^<p>Become a (<a [^>]+>)Example Member<\/a> or /, '<p>立即成为$1会员</a>或 ').replace('Factory.', 'Factory。编辑部在三个雪季里测试了这些滑雪板。')],
  ])('keeps a paragraph with %s', (_, paragraph) => {
    expect(found(body(paragraph))).toEqual([]);
  });
});

describe('boxes headed by a call to action', () => {
  // otrs.com: a pop-up with a heading ask, a blurb and a link, class names saying nothing.
  const box = '<div class="x1"><h3>Subscribe to the OTRS newsletter now.</h3><h5>Read about service management solutions, product features,</h5><h5>and interesting tips from our experts every month</h5><a href="/form">Go</a></div>';

  it('scores the box as structure evidence for the heading\'s category', () => {
    expect(evidenceOf(askHeading, box)).toMatchObject([{ rule: 'ask-heading', kind: 'structure', target: 'newsletter' }]);
    expect(found(body(box))).toEqual([['newsletter', 'Subscribe to the OTRS newsletter now.Rea']]);
  });

  it('needs something to act on, and a heading that asks', () => {
    expect(evidenceOf(askHeading, box.replace('<a href="/form">Go</a>', ''))).toEqual([]);
    expect(evidenceOf(askHeading, '<div><h3>How newsletters changed local news</h3><p>Subscribe to our newsletter for more.</p><a href="/x">More</a></div>')).toEqual([]);
  });

  it('reads a box\'s own <header> as its heading, never the site header', () => {
    // phoronix.com: a sidebar widget headed by its ask.
    const widget = '<aside class="widget"><header>Show Your Support, Go Premium</header><p><a href="/premium">Example Premium</a> allows ad-free access to the site and other features while supporting this site\'s continued operations.</p></aside>';
    expect(evidenceOf(askHeading, widget)).toMatchObject([{ rule: 'ask-heading', target: 'donation' }]);
    expect(found(`${body('')}${widget}`)).toHaveLength(1);
    const site = '<header class="site"><div>Show Your Support, Go Premium</div><nav><a href="/premium">Premium</a><a href="/news">News</a></nav></header>';
    expect(found(`${site}${body('')}`)).toEqual([]);
  });

  it('takes a closing appeal whose blurb ends by asking again ("Please consider making a contribution")', () => {
    // vox.com: the article's footer, a heading ask and a paragraph of prose closing with the ask.
    const footer =
      '<div class="article-footer"><p><strong><a href="/support-now">Will you support our explanatory journalism?</a></strong></p><p>Millions turn to us to understand what is happening in the news. Our mission has never been more vital than it is in this moment: to empower through understanding. Financial contributions from our readers are a critical part of supporting our resource-intensive work and help us keep our journalism free for all. <a href="/support-now">Please consider making a contribution today.</a></p></div>';
    const [match, ...rest] = findAppeals(page(body('') + footer), DEFAULTS);
    expect(rest).toEqual([]);
    expect(match!.element.className).toBe('article-footer');
    // Without its closing ask the paragraph is prose: only the heading line goes, as a lone ask.
    const plain = findAppeals(page(body('') + footer.replace('Please consider making a contribution today.', 'Read more.')), DEFAULTS);
    expect(plain.map((m) => m.text)).toEqual(['Will you support our explanatory journalism?']);
  });

  // nytimes.com: a promo between paragraphs, its heading a bare call that its button repeats.
  const promo = (button: string) =>
    '<section class="interactive-content"><div id="g-promo"><a class="g-headline" href="/interactive/the-campaign-reporter.html"><h2>Sign up for The Campaign Reporter</h2></a>' +
    `<div class="g-body"><div class="wrapper"><p>Hey, I’m Alex Burns, a politics correspondent for The Times. I’ll give you the latest intel from the campaign trail.</p></div>${button}</div></div></section>`;

  it('takes a box headed by a bare call ("Sign up for <name>") that its button repeats', () => {
    const box = promo('<button class="g-promo-button">Sign up via push alert</button>');
    expect(evidenceOf(askHeading, box)).toMatchObject([{ target: 'newsletter', saw: expect.stringContaining('whose button calls the same way') }]);
    expect(found(body(box))).toEqual([['newsletter', 'Sign up for The Campaign ReporterHey, I’']]);
    // A button saying something else leaves a heading that names no topic.
    expect(evidenceOf(askHeading, promo('<button>Read more</button>'))).toEqual([]);
  });

  it('keeps a registration form headed "Sign up" and a footer column of links headed "Subscribe"', () => {
    // nytimes.com: the account dialog; prospectmagazine.co.uk: a column of the site's footer.
    const registration =
      '<div class="modal registration-modal" role="dialog"><h3>Sign up</h3><h4>To save articles or get newsletters, alerts or recommendations – all free.</h4>' +
      '<button class="button oauth-button">Sign up with Google</button><form><input type="text" name="email"><input type="password" name="password"><button>Create account</button></form></div>';
    const footer = '<div class="col-3"><h5 class="footer__title">Subscribe</h5><ul class="footer__menu"><li><a href="https://subscribe.example.com/SOL" class="subscribe-link">Subscribe</a></li></ul></div>';
    expect(evidenceOf(askHeading, registration)).toEqual([]);
    expect(evidenceOf(askHeading, footer)).toEqual([]);
  });
});

describe('the box around an appeal', () => {
  it('takes a banner\'s text with its buttons', () => {
    const banner = `<div class="b7"><p>Please don't scroll past this.</p><div class="c2"><h3>Support independent journalism</h3><p>Please support us.</p><button>Once</button><button>Monthly</button><button>Annual</button><a href="/donate">Donate now</a><a href="#">Maybe later</a></div></div>`;
    const matches = findAppeals(page(banner + body('')), DEFAULTS);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.element.className).toBe('b7');
  });

  it('grows a box found by its heading to the wrapper holding its kicker and close button', () => {
    const box = '<div class="k3"><span>Morning Briefing</span><div class="f9"><h3>Subscribe to our newsletter now.</h3><p>Tips from our experts every month</p><a href="/form">Go</a></div><button>×</button></div>';
    const matches = findAppeals(page(body(box)), DEFAULTS);
    expect(matches.map((m) => m.element.className)).toEqual(['k3']);
  });

  it('does not take a box that also holds a paragraph of prose', () => {
    const form = '<div class="nl"><p>The news in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>';
    const matches = findAppeals(page(`<div class="wrap"><p>${PROSE[0]}</p>${form}</div>`), DEFAULTS);
    expect(matches.map((m) => m.element.className)).toEqual(['nl']);
  });

  // cnet.com: a sign-up flyout, its heading a member offer, with "No, thanks." and a social sign-up form.
  const flyout = (form: string) =>
    '<div id="flyoutPromo" class="col-4"><div class="closeFlyoutPromo">Close</div><div class="flyoutHeader">BECOME A CNET MEMBER FOR FREE!</div>' +
    '<div class="normal-authenticate"><p class="flyoutContent">Share your ideas with the community, receive exclusive offers for sweeps and events, and get the latest news, reviews and how-tos in your inbox.</p>' +
    `<button class="btn">GET STARTED</button> <a class="user-close">No, thanks.</a></div>${form}</div>`;
  const socialForm =
    '<div class="social-authenticate"><form><h2>Quickly sign up with:</h2><div class="social-site facebook"><span class="logo">Facebook</span></div>' +
    '<div class="agree"><label><input name="user[tos]" type="checkbox"><p>I have read and agree to the <a href="/terms">Terms of Use</a> and <a href="/privacy">Privacy Policy</a>. I understand I will receive the Insider newsletters (you can opt out at any time).</p></label></div></form></div>';

  it('takes a whole flyout that offers to dismiss itself, heading and sign-up form with its ask', () => {
    const matches = findAppeals(page(body('') + flyout(socialForm)), DEFAULTS);
    expect(matches.map((m) => m.element.id)).toEqual(['flyoutPromo']);
  });

  it('takes only the ask inside a dialog that holds something else (an email-a-friend form)', () => {
    // phys.org: the share-by-email dialog with a newsletter checkbox among its fields.
    const share =
      '<div class="modal fade" role="dialog" id="feedback-email"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h6>E-mail the story</h6>' +
      '<h5 class="modal-title">Hibernating astronauts would need smaller spacecraft</h5><button class="modal-custom__close" type="button" aria-label="Close"></button></div>' +
      '<div class="modal-body"><form class="modal-custom-form" name="email" method="post" action="/api/story/email/1/">' +
      '<label for="f">Your friend\'s email</label><input type="email" name="emailTo" id="f"><label for="s">Your email</label><input type="email" name="emailFrom" id="s">' +
      '<div class="form-group"><input type="checkbox" name="nwletter" id="modal-email-subscribe"><label for="modal-email-subscribe"> I would like to subscribe to Science X Newsletter. <a href="https://sciencex.com/help/newsletter/">Learn more</a></label></div>' +
      '<label for="n">Your name</label><input type="text" name="name" id="n"><div class="notice"><h6>Note</h6><p>Your email address is used <strong>only</strong> to let the recipient know who sent the email. Neither your address nor the recipient\'s address will be used for any other purpose.</p></div>' +
      '<label for="m">Your message</label><textarea name="comments" id="m"></textarea><button type="submit">Send</button></form></div></div></div></div>';
    const matches = findAppeals(page(body('') + share), DEFAULTS);
    expect(matches.map((m) => m.text)).toEqual(['I would like to subscribe to Science X Newsletter. Learn more']);
  });
});

describe('site header and navigation', () => {
  it('never hides the site header, even with "Support us" and sign-in links in it', () => {
    const header = '<header class="site"><a href="/">Home</a><a href="/support">Support us</a><a href="/subscribe">Subscribe now</a><a href="/login">Sign in</a></header>';
    expect(findAppeals(page(header + body('')), DEFAULTS)).toEqual([]);
  });

  it('reads a <header> with nothing to follow or press as the heading of the box around it', () => {
    // phoronix.com: the footer's columns, one of them an ad-free membership offer headed by a bare <header>.
    const columns =
      '<div id="footer"><div class="extra-info"><header>Example Media</header><hr><ul><li><a href="/contact">Contact</a></li><li><a href="/editor">Jane Editor</a></li><li><a href="https://benchmarks.example.org/">Benchmarks.example.org</a></li></ul></div>' +
      '<div class="extra-info"><header>Example Premium</header><hr><a href="/example-premium"><ul><li>Support Example</li><li>While Having Ad-Free Browsing,</li><li>Single-Page Article Viewing</li></ul></a></div>' +
      '<div class="extra-info"><header>Share</header><hr><ul><li><a href="https://facebook.com/Example">Facebook</a></li><li><a href="https://twitter.com/Example">Twitter</a></li></ul></div></div>';
    const matches = findAppeals(page(body('') + columns), DEFAULTS);
    expect(matches.map((m) => [m.category, m.text.split('\n')[0]])).toEqual([['membership', 'Example Premium']]);
    // The same header holding a link is the site's, and nothing around it is judged.
    expect(findAppeals(page(columns.replace('<header>Example Premium</header>', '<header><a href="/">Example</a> Premium</header>') + body('')), DEFAULTS)).toEqual([]);
  });

  it('still judges a box whose own header is inside it', () => {
    const box = '<aside class="promo"><header><h3>Sign up for our newsletter</h3></header><p>The news in your inbox.</p><form><input type="email"><button>Sign up</button></form></aside>';
    expect(found(box + body(''))).toHaveLength(1);
  });
});

describe('a lone call-to-action button', () => {
  // 247sports.com: an offer button on its own in a promo slot.
  const button = '<div class="promo"><a class="btn" href="/offer">Subscribe for unlimited access</a></div>';

  it('is an ask by its words and its standing alone', () => {
    const matches = findAppeals(page(`${body('')}${button}<div class="footer"><p>${PROSE[3]}</p></div>`), DEFAULTS);
    expect(matches.map((m) => [m.category, m.element.className])).toEqual([['membership', 'promo']]);
    expect(matches[0]!.reason).toMatch(/ask-button/);
  });

  it('is navigation as an item of a menu or a list of links', () => {
    const menu = '<div class="links"><p><a href="/a">About us</a></p><p><a href="/b">Contact</a></p><p><a href="/c">Jobs</a></p><p><a href="/s">Subscribe for unlimited access</a></p></div>';
    const list = '<ul><li><a href="/a">About us</a></li><li><a href="/s">Subscribe for unlimited access</a></li></ul>';
    expect(findAppeals(page(body('') + menu), DEFAULTS)).toEqual([]);
    expect(findAppeals(page(body('') + list), DEFAULTS)).toEqual([]);
  });

  it("keeps a row of the site's links of which the ask is one (a footer's privacy, terms and newsletters)", () => {
    // sandiegouniontribune.com: three links stacked in one paragraph of the footer.
    const row = '<footer><p><a href="/privacy-policy">Privacy Policy</a><br><a href="/terms-of-service">Terms of Service</a><br><a href="/newsletters">Sign Up For Our Newsletters</a></p></footer>';
    expect(findAppeals(page(body('') + row), DEFAULTS)).toEqual([]);
    // A button row that only asks, or puts the ask off, is still the ask.
    const buttons = '<div class="promo"><a href="/newsletters">Sign up for our newsletter</a> <a href="#">No thanks</a></div>';
    expect(findAppeals(page(body('') + buttons), DEFAULTS).map((m) => m.category)).toEqual(['newsletter']);
  });

  it('is an ask as a module of its own beside a row of social links (a footer)', () => {
    // latimes.com: the footer's offer above "Follow Us".
    const footer =
      '<footer><div class="group"><div class="rich-text"><p><a href="/footersubscribe">Subscribe for unlimited access</a></p></div><div class="social"><span>Follow Us</span><a href="https://twitter.com/x">Twitter</a><a href="https://instagram.com/x">Instagram</a><a href="https://facebook.com/x">Facebook</a></div></div></footer>';
    const matches = findAppeals(page(body('') + footer), DEFAULTS);
    expect(matches.map((m) => [m.category, (m.element.textContent ?? '').trim()])).toEqual([['membership', 'Subscribe for unlimited access']]);
  });
});

describe('offers: a price per period', () => {
  it.each([
    // newrepublic.com, 247sports.com, a magazine page: offers in short lines or opening with a call.
    ['<p><a href="/offer">Special offer: Midterm elections package. 3 months for $10.</a></p>'],
    ['<p><a href="/join">Go VIP - One Month for Only $1</a></p>'],
    ['<p>Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. <a href="/shop">Click here</a></p>'],
  ])('removes %s', (line) => {
    expect(found(body(line)).map((m) => m[0])).toEqual(['membership']);
  });

  it('keeps a sentence reporting sums per period, link and all', () => {
    // news-benchmark-dev (PolitiFact): reporting, with a link, between paragraphs.
    const line = '<p>Moreover, some of that money has been spent on payments to farmers hit by <a href="/t">retaliatory tariffs</a>, to the tune of $28 billion a year.</p>';
    expect(found(body(line))).toEqual([]);
  });

  it('keeps a short Chinese line naming a fee and "every year"', () => {
    // readability-test-pages/pixnet: an entrance fee in a travel post, one short line of its own.
    const html = `<div class="body"><p>${PROSE[0]}</p><div><p><strong>每年12月向來是攝影班外拍的絕佳場所之一 楓紅期間入園費$50元</strong></p></div><p>${PROSE[1]}</p></div>`;
    expect(found(html)).toEqual([]);
  });
});

describe('the account area', () => {
  it('keeps "Already a member? Log in" between paragraphs and a lone sign-in button', () => {
    expect(found(body('<p>Already a member? <a href="/login">Log in</a></p>'))).toEqual([]);
    expect(found(`${body('')}<div class="x"><a href="/account">Subscribers: sign in for unlimited access</a></div>`)).toEqual([]);
  });
});

describe('a small box that only asks, away from the article text', () => {
  // otrs.com, bustle.com: sign-up panels whose form the page draws later; only the ask text is saved.
  const panel = '<div class="gr-12"><div class="row"><h3>Sign up for our newsletter</h3></div></div>';
  const bustle = '<div class="lq"><div class="z3">Get Even More From Bustle — Sign Up For The Newsletter</div><div class="vT">From hair trends to relationship advice, our daily newsletter has everything you need</div></div>';

  it.each([[panel], [bustle]])('hides %s beside the article', (box) => {
    const matches = findAppeals(page(`${body('')}${box}`), DEFAULTS);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.category).toBe('newsletter');
    expect(matches[0]!.reason).toMatch(/ask-box .*away from the article text/);
  });

  it('scores nothing for the same line among the article paragraphs (standalone-ask judges those)', () => {
    expect(evidenceOf(askBox, body('<p>Sign up for our newsletter</p>'))).toEqual([]);
    expect(found(body('<p>Sign up for our newsletter</p>'))).toEqual([]);
  });

  it('needs every line to ask: a box with a plain line of its own is a module, not an ask', () => {
    const module = '<div class="m"><h3>Sign up for our newsletter</h3><p>Our reporters spent the week at the port talking to dockers.</p></div>';
    expect(evidenceOf(askBox, module)).toEqual([]);
  });

  it('hides a tiny box of a blurb and one call-to-action link, and keeps a blurb with a plain link', () => {
    // theguardian.com footer: the blurb, then the box's only link.
    const guardian = '<div class="f1"><div>Original reporting and incisive analysis, direct from the Guardian every morning</div><a href="/info/us-morning-briefing">Sign up for our email</a></div>';
    const matches = findAppeals(page(`${body('')}${guardian}`), DEFAULTS);
    expect(matches.map((m) => m.category)).toEqual(['newsletter']);
    expect(matches[0]!.reason).toMatch(/ask-box .*blurb and one call to action/);
    const plain = '<div class="f1"><div>Original reporting and incisive analysis, direct from our newsroom every morning</div><a href="/about">About us</a></div>';
    expect(evidenceOf(askBox, plain)).toEqual([]);
  });

  it('keeps a login panel that lists newsletters among what an account gives', () => {
    // nytimes.com: the log-in modal's subheading.
    const modal = '<div class="modal login-modal"><div class="modal-header"><h3>Log in</h3><h4>To save articles or get newsletters, alerts or recommendations – all free.</h4></div><form><input type="email"><input type="password"><button>Log in</button></form></div>';
    expect(findAppeals(page(`${body('')}${modal}`), DEFAULTS)).toEqual([]);
  });
});

describe('a compact box its markup names', () => {
  // pitchfork.com / newyorker.com: the newsletter panel's heading and blurb; the form is drawn later.
  const panel = '<div class="NewsletterSubscribeFormWrapper-grIdcd"><h3>Get 10 to Hear</h3><div class="NewsletterSubscribeFormDek-jWvybo">Catch up every Saturday with 10 of our best-reviewed albums of the week</div></div>';

  it('hides the panel beside the article', () => {
    const matches = findAppeals(page(`${body('')}${panel}`), DEFAULTS);
    expect(matches.map((m) => m.category)).toEqual(['newsletter']);
    expect(matches[0]!.reason).toMatch(/named-box .*compact box named/);
  });

  it('does not read a class among the article paragraphs as a box ("paywall" on the hidden part)', () => {
    const story = `<div class="body"><p>${PROSE[0]}</p><h3 class="paywall">Kennedy’s Body</h3><p class="paywall">${PROSE[1]}</p><p>${PROSE[2]}</p></div>`;
    expect(findAppeals(page(story), DEFAULTS)).toEqual([]);
  });

  it('takes a named box among the paragraphs when its own words name the same ask', () => {
    // abendblatt.de: a newsletter panel between two paragraphs of the story; its form is drawn later.
    const panel = '<div class="newsletter-cleverreach"><h3>Immobilien-Newsletter für Hamburg</h3><p>Bleiben Sie auf dem Laufenden rund um die Themen Immobilien, Wohnen &amp; Stadtentwicklung</p></div>';
    const matches = findAppeals(page(body(panel)), DEFAULTS);
    expect(matches.map((m) => [m.category, m.element.className])).toEqual([['newsletter', 'newsletter-cleverreach']]);
  });

  it('keeps a sign-in / sign-up control and a bare field label', () => {
    const account = '<div class="SurfComponent-SignInSignUp"><a href="/login">Log in</a><a href="/join">Sign up</a><p>Keep Me Logged In</p></div>';
    const label = '<div class="newsletter-field"><label>Email Address</label></div>';
    expect(evidenceOf(namedBox, account)).toEqual([]);
    expect(evidenceOf(namedBox, label)).toEqual([]);
  });

  it('reads a later h1 as the heading of a box, the first as the page headline', () => {
    const overlay = '<section class="adblock-message"><h1>Want to Block Ads But Still Support Us?</h1><p>Join Plus to support our work.</p><a href="/plus">Join</a></section>';
    const later = findAppeals(page(`<h1>Council approves budget</h1>${body('')}${overlay}`), DEFAULTS);
    expect(later.map((m) => m.element.tagName)).toEqual(['SECTION']);
    // As the page's first h1 it is the headline: the box around it stays, only its ask line goes.
    const first = findAppeals(page(`${overlay}${body('')}`), DEFAULTS);
    expect(first.map((m) => m.element.tagName)).toEqual(['P']);
  });
});

describe('asks by their words: registration walls, notification prompts, lead magnets', () => {
  it('reads a registration wall\'s button as a membership ask', () => {
    // bloomberg.com: a banner after the footer, one button, class names hashed.
    const wall =
      '<div id="verification-root"><div id="expandableBanner" class="s_banner"><span class="a1"><button type="button" class="b2"><span class="c3">Register to read more.</span>' +
      '<span class="d4"><span class="e5"> Get Started</span></span></button></span><button aria-label="expand" type="button" class="f6"></button></div></div>';
    const matches = findAppeals(page(`${body('')}<footer><p>${PROSE[3]}</p></footer>${wall}`), DEFAULTS);
    expect(matches.map((m) => m.category)).toEqual(['membership']);
    expect(matches[0]!.text).toContain('Register to read more.');
  });

  it('reads a browser-notification prompt as a sign-up ask, and the same words in prose as prose', () => {
    // cnet.com: a prompt under the site's menu, "No, thank you" and "Accept".
    const prompt =
      '<div class="c-notifPrompt col-6"><div class="c-notifPrompt_content"><span class="c-notifPrompt_text">Want CNET to notify you of price drops and the latest stories?</span></div>' +
      '<div class="c-notifPrompt_choices"><span class="c-notifPrompt_deny"><a>No, thank you</a></span><span class="c-notifPrompt_accept"><div class="button"><span>Accept</span></div></span></div></div>';
    expect(found(prompt + body(''))).toEqual([['newsletter', 'Want CNET to notify you of price drops a']]);
    const reporting = `<p>The bill would require any company that searches your records to notify you within 30 days, a step privacy groups want regulators to enforce.</p>`;
    expect(found(body(reporting))).toEqual([]);
  });

  it('reads a lead magnet (a free ebook for the address) beside an email form as a sign-up box', () => {
    // A Brazilian blog's sidebar capture widget; its class names say "capture", nothing else.
    const capture = (offer: string) =>
      `<aside class="sidebar-promo"><div class="capture-wrap"><div class="capture-container"><p class="capture-notice">${offer}</p>` +
      '<form method="POST" action="https://forms.example.test/process/3aa0"><input type="hidden" name="xid" value="3aa0"><input class="uf-email" type="email" name="inf_field_Email" placeholder=" Insira seu email aqui"><input type="submit" value="Baixar"></form></div></div></aside>';
    for (const offer of ['Baixe agora o ebook "As 5 Etapas para Alfabetizar seus Filhos em Casa"', 'Download our free ebook: 5 steps to reading at home']) {
      expect(found(body('') + capture(offer)).map(([category]) => category), offer).toEqual(['newsletter']);
    }
    expect(found(body('') + capture('Resultados da pesquisa'))).toEqual([]);
  });

  it('reads an offer to follow a publication by email as a sign-up box, its field drawn by script', () => {
    // medium.com: the publication's card after the story; the email field is an empty placeholder.
    const card =
      '<div class="infoCard-actions"><button class="button infoCard-showSubscribeForm"><span>Follow by email</span></button><div class="infoCard-emailFollow">' +
      '<div class="infoCard-emailFollowTitle">Email me when there are new stories in the publication</div><div class="textInput"><div class="js-emailToSubscribe"></div></div>' +
      '<button class="button" data-action="subscribe-by-email">Follow</button></div></div>';
    expect(found(body('') + card)).toEqual([['newsletter', 'Follow by emailEmail me when there are n']]);
  });

  it('reads a sign-up box whose form a script draws by its title ("your daily newsletter"), and the words in prose as prose', () => {
    // ndtv.com: after the story, an icon and a title; the form comes later.
    const box = '<div class="nsl"><div class="nsl_l"><span class="nsl_st"><img src="/beep.png"></span><div class="nsl_tt">your daily newsletter</div></div></div>';
    expect(found(body('') + box)).toEqual([['newsletter', 'your daily newsletter']]);
    expect(found(body(`<p>${PROSE[3]} Readers told us your daily newsletter had become their first read of the morning, the editor said.</p>`))).toEqual([]);
  });

  it.each([
    ['en', 'Go ad-free and join the movement', 'Turn on notifications for breaking news'],
    ['fr', 'Lisez Le Journal sans publicité', 'Activez les notifications pour ne rien manquer'],
    ['de', 'Jetzt werbefrei lesen', 'Benachrichtigungen aktivieren und nichts verpassen'],
    ['es', 'Lee sin publicidad', 'Activa las notificaciones de última hora'],
    ['it', 'Leggi senza pubblicità', 'Attiva le notifiche per le ultime notizie'],
    ['pt', 'Leia sem anúncios', 'Ative as notificações do site'],
    ['nl', 'Lees advertentievrij', 'Zet meldingen aan voor het laatste nieuws'],
    ['pl', 'Czytaj bez reklam', 'Włącz powiadomienia o najnowszych wiadomościach'],
    ['ru', 'Читайте без рекламы', 'Включите уведомления о главных новостях'],
    ['uk', 'Читайте без реклами', 'Увімкніть сповіщення про головні новини'],
    ['id', 'Baca bebas iklan', 'Aktifkan notifikasi berita terbaru'],
    ['ja', '広告なしで読む', '通知をオンにする'],
    ['zh', '无广告阅读', '开启通知'],
  ])('reads an ad-free offer as membership and a notification prompt as a sign-up in %s', (_lang, adFree, notify) => {
    expect(asksIn(adFree)).toEqual(['membership']);
    expect(asksIn(notify)).toEqual(['newsletter']);
  });

  it("never takes in a post's action bar or other cards as the box's blurb", () => {
    // medium.com: the post's footer holds the action buttons, the publication's card and the author's.
    const card =
      '<div class="infoCard-actions"><button class="button infoCard-showSubscribeForm"><span>Follow by email</span></button><div class="infoCard-emailFollow">' +
      '<div class="infoCard-emailFollowTitle">Email me when there are new stories in the publication</div></div></div>';
    const footer =
      '<div class="postFooter"><div class="actions"><button>Recommend</button><button>Bookmark</button><button>Share</button><button>More</button></div>' +
      `<div class="infoCard">${card}</div><div class="infoCard"><a href="/@writer">Jane Writer</a><p>Writes about security.</p><button>Follow</button></div></div>`;
    const matches = findAppeals(page(body('') + footer), DEFAULTS);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.text).not.toMatch(/Recommend|Jane Writer/);
  });
});
