// What each card kind is called on screen.
import type { CardKind } from '../../core/deck';

export const kindLabels: Record<CardKind, string> = {
  qa: 'Question', cloze: 'Cloze', choice: 'Multiple choice', truefalse: 'True/false', order: 'Order', match: 'Match',
};
