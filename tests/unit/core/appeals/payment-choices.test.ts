// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAYMENT_CONTROLS_WEIGHT,
  DEFAULT_PAYMENT_LABELS_WEIGHT,
  paymentChoices,
} from '../../../../src/core/appeals/rules/payment-choices.ts';
import { evidenceOf } from './helpers.ts';

describe('payment-choices', () => {
  it('sees Once / Monthly / Annual buttons', () => {
    const [e] = evidenceOf(paymentChoices, '<div><button>Once</button><button>Monthly</button><button>Annual</button></div>');
    expect(e).toMatchObject({ target: 'payment', weight: DEFAULT_PAYMENT_CONTROLS_WEIGHT });
    expect(e?.saw).toContain('Monthly');
  });

  it('sees frequencies in other languages and amounts', () => {
    expect(evidenceOf(paymentChoices, '<div><label>Einmalig</label><label>Monatlich</label></div>')).toHaveLength(1);
    expect(evidenceOf(paymentChoices, '<div><button>Разово</button><button>Ежемесячно</button></div>')).toHaveLength(1);
    expect(evidenceOf(paymentChoices, '<div><button>5 €</button><button>10 €</button><button>25 €</button></div>')).toHaveLength(1);
  });

  it('weighs plain labels (after extraction stripped the buttons) less', () => {
    const [e] = evidenceOf(paymentChoices, '<div><h2>Monthly</h2><p>$7/month</p><h2>Annual</h2><p>$70/year</p></div>');
    expect(e?.weight).toBe(DEFAULT_PAYMENT_LABELS_WEIGHT);
  });

  it('ignores a single frequency, prose, and price tables', () => {
    expect(evidenceOf(paymentChoices, '<div><button>Monthly</button></div>')).toEqual([]);
    expect(evidenceOf(paymentChoices, '<div><p>Monthly payments rose while annual fees fell.</p></div>')).toEqual([]);
    const table = '<table><tr><th>Monthly</th><th>Annual</th></tr><tr><td>$9</td><td>$90</td></tr><tr><td>$5</td><td>$50</td></tr></table>';
    expect(evidenceOf(paymentChoices, table)).toEqual([]);
  });
});
