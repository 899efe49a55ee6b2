// Whether a name can be "he" or "she", from its given name's usual gender (first-names.ts, from compromise).
import { FEMALE_NAMES, MALE_NAMES } from './first-names.js';

/** 'm' for he/him/his, 'f' for she/her: unknown given names, and names given to both, fit either. */
export function genderFits(name: string, gender: 'm' | 'f'): boolean {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  if (gender === 'f') return !(MALE_NAMES.has(first) && !FEMALE_NAMES.has(first));
  return !(FEMALE_NAMES.has(first) && !MALE_NAMES.has(first));
}
