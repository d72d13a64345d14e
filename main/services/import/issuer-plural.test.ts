import { describe, expect, it } from 'vitest';
import { issuerFromJointSubject } from './issuer.ts';

describe('parties named as a plural subject', () => {
  it('reads « Les gouvernements du X, de la Y et de la Z ont … » and "The Governments of X and Y …"', () => {
    expect(
      issuerFromJointSubject(
        'Les gouvernements du Canada, de la Finlande et de la Norvège ont adopté aujourd’hui à Oslo un programme.',
        'fr',
      ),
    ).toBe('Gouvernements du Canada, de la Finlande et de la Norvège');
    expect(
      issuerFromJointSubject('The Governments of Canada and Germany today reaffirmed their partnership.', 'en'),
    ).toBe('Governments of Canada and Germany');
  });

  it('names no one when no party is named', () => {
    expect(issuerFromJointSubject('The ministers of several countries agreed on a plan.', 'en')).toBeNull();
  });
});
