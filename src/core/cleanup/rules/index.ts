import type { CleanupRule } from '../types.ts';
import { authorBio } from './author-bio.ts';
import { bylineLine } from './byline-line.ts';
import { capitalLink } from './capital-link.ts';
import { copyrightLine } from './copyright-line.ts';
import { dateStamp } from './date-stamp.ts';
import { disclosureLine } from './disclosure-line.ts';
import { followPrompt } from './follow-prompt.ts';
import { linkRun } from './link-run.ts';
import { photoCredit } from './photo-credit.ts';
import { relatedLinks } from './related-links.ts';
import { repeatedHeader } from './repeated-header.ts';
import { teaserCards } from './teaser-cards.ts';
import { uiLabel } from './ui-label.ts';

/** In order: an earlier rule's finding wins a block two rules want. */
export const CLEANUP_RULES: readonly CleanupRule[] = [relatedLinks, teaserCards, linkRun, capitalLink, photoCredit, uiLabel, dateStamp, bylineLine, copyrightLine, disclosureLine, followPrompt, authorBio, repeatedHeader];
