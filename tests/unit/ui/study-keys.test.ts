// The study screen's keys: what the shortcut list says, whatever has focus.
import { describe, expect, it } from 'vitest';
import { studyKey, type KeyState } from '../../../src/ui/lib/study-keys.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const front = (kind: KeyState['kind'], options = 0): KeyState => ({ kind, revealed: false, options, inText: false });
const back = (kind: KeyState['kind']): KeyState => ({ kind, revealed: true, options: 0, inText: false });

describe('study keys', () => {
  it('Space and Enter reveal, then answer (Good or the suggestion), unless a control was reached with Tab', () => {
    for (const k of [' ', 'Enter']) {
      expect(studyKey(key(k), front('qa'))).toEqual({ do: 'reveal' });
      expect(studyKey(key(k), back('qa'))).toEqual({ do: 'accept' });
      expect(studyKey(key(k), { ...back('qa'), tabbedTo: true })).toBeNull();
    }
  });

  it('T and F (with Shift too) answer a true/false card; digits pick choices and match items within range', () => {
    expect(studyKey(key('t'), front('truefalse'))).toEqual({ do: 'tf', value: true });
    expect(studyKey(key('T'), front('truefalse'))).toEqual({ do: 'tf', value: true });
    expect(studyKey(key('F'), front('truefalse'))).toEqual({ do: 'tf', value: false });
    expect(studyKey(key('3'), front('choice', 4))).toEqual({ do: 'pick', index: 2 });
    expect(studyKey(key('5'), front('choice', 4))).toBeNull();
    expect(studyKey(key('5'), front('match', 5))).toEqual({ do: 'match', index: 4 });
    expect(studyKey(key('3'), back('choice'))).toEqual({ do: 'grade', grade: 3 });
    expect(studyKey(key('5'), back('choice'))).toBeNull();
  });

  it('Esc leaves from anywhere, a text field keeps its keys but Enter and Esc, Ctrl+Z undoes outside it', () => {
    const typing: KeyState = { ...front('qa'), inText: true };
    expect(studyKey(key('Escape'), typing)).toEqual({ do: 'exit' });
    expect(studyKey(key('Escape'), { ...front(null) })).toEqual({ do: 'exit' });
    expect(studyKey(key('Enter'), typing)).toEqual({ do: 'reveal' });
    expect(studyKey(key(' '), typing)).toBeNull();
    expect(studyKey(key('e'), typing)).toBeNull();
    expect(studyKey(key('z', { ctrlKey: true }), typing)).toBeNull();
    expect(studyKey(key('z', { ctrlKey: true }), front(null))).toEqual({ do: 'undo' });
    expect(studyKey(key('E'), front('qa'))).toEqual({ do: 'edit' });
    expect(studyKey(key('r'), back('qa'))).toEqual({ do: 'replay' });
    expect(studyKey(key('ArrowUp', { altKey: true }), front('order'))).toBeNull();
  });
});
