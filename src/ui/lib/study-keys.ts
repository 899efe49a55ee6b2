// What a key does on the study screen, whatever has focus (as the shortcut list says): a pure function of
// the key and the screen's state, so the screen only runs the action. Keys typed into a text field stay
// there, except Enter (reveal) and Esc (back to the library). A button or checkbox clicked with the mouse
// keeps focus, but Space and Enter still reveal and answer; only a control reached with Tab gets them.
import type { CardKind } from '../../core/deck.js';
import type { Grade } from './grading.js';

export type StudyAction =
  | { do: 'reveal' }
  | { do: 'grade'; grade: Grade }
  /** Space/Enter after the reveal: Good, or the grade a pick suggests */
  | { do: 'accept' }
  | { do: 'pick'; index: number }
  | { do: 'tf'; value: boolean }
  /** a match card: pick item `index` (1-based key - 1) of the column whose turn it is */
  | { do: 'match'; index: number }
  | { do: 'exit' }
  | { do: 'undo' }
  | { do: 'edit' }
  | { do: 'suspend' }
  | { do: 'bury' }
  | { do: 'replay' };

export interface KeyState {
  kind: CardKind | null;
  revealed: boolean;
  /** choices on a choice card, pairs on a match card */
  options: number;
  /** the key was typed in a text field (the typed-answer box) */
  inText: boolean;
  /** focus is on a control the person moved to with Tab: Space and Enter press it */
  tabbedTo?: boolean;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function studyKey(e: KeyLike, s: KeyState): StudyAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && e.key.toLowerCase() === 'z') return s.inText ? null : { do: 'undo' };
  if (ctrl || e.altKey) return null;
  if (e.key === 'Escape') return { do: 'exit' };
  if (s.kind === null) return null;
  if (s.inText) return e.key === 'Enter' && !s.revealed ? { do: 'reveal' } : null;
  if (s.tabbedTo && (e.key === ' ' || e.key === 'Enter')) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'e') return { do: 'edit' };
  if (key === '@') return { do: 'suspend' };
  if (key === '-') return { do: 'bury' };
  if (key === 'r') return { do: 'replay' };
  const n = /^[1-9]$/.test(key) ? Number(key) : 0;
  if (s.revealed) {
    if (n >= 1 && n <= 4) return { do: 'grade', grade: n as Grade };
    return key === ' ' || key === 'Enter' ? { do: 'accept' } : null;
  }
  if (s.kind === 'choice' && n >= 1 && n <= s.options) return { do: 'pick', index: n - 1 };
  if (s.kind === 'match' && n >= 1 && n <= s.options) return { do: 'match', index: n - 1 };
  if (s.kind === 'truefalse' && (key === 't' || key === 'f')) return { do: 'tf', value: key === 't' };
  return key === ' ' || key === 'Enter' ? { do: 'reveal' } : null;
}
