import { describe, expect, it } from 'vitest';
import { issuerFromJointSubject } from './issuer-joint.ts';

describe('a joint text’s issuers named as its first sentence’s subject', () => {
  it('reads the plural subject in English and French', () => {
    expect(issuerFromJointSubject('The Governments of Canada and Germany today reaffirmed their partnership.')).toBe(
      'Governments of Canada and Germany',
    );
    expect(
      issuerFromJointSubject(
        'Les gouvernements du Canada, de la Finlande et de la Norvège ont adopté aujourd’hui à Oslo un programme.',
      ),
    ).toBe('Gouvernements du Canada, de la Finlande et de la Norvège');
    expect(issuerFromJointSubject('Les ministres de la Santé du Sénégal et du Ghana se sont réunis à Accra.')).toBe(
      'Ministres de la Santé du Sénégal et du Ghana',
    );
  });

  it('names no one when the subject is no named party', () => {
    expect(issuerFromJointSubject('The ministers of several countries agreed on a plan.')).toBeNull();
    expect(issuerFromJointSubject('Governments of the region have long disagreed.')).toBeNull();
  });
});
