import type { AppealRule } from '../types.ts';
import { appealPhrases } from './appeal-phrases.ts';
import { askBox } from './ask-box.ts';
import { askButton } from './ask-button.ts';
import { askHeading } from './ask-heading.ts';
import { classTokens } from './class-tokens.ts';
import { ctaLinks } from './cta-links.ts';
import { dismissLater } from './dismiss-later.ts';
import { emailSignupForm } from './email-signup-form.ts';
import { namedBox } from './named-box.ts';
import { openingAsk } from './opening-ask.ts';
import { overlayDialog } from './overlay-dialog.ts';
import { paymentChoices } from './payment-choices.ts';
import { providerMarkup } from './provider-markup.ts';
import { standaloneAsk } from './standalone-ask.ts';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly AppealRule[] = [
  emailSignupForm,
  paymentChoices,
  providerMarkup,
  classTokens,
  ctaLinks,
  appealPhrases,
  standaloneAsk,
  openingAsk,
  askHeading,
  askButton,
  askBox,
  namedBox,
  dismissLater,
  overlayDialog,
];
