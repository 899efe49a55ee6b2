// The keyboard shortcuts, per screen, as the shortcut list (press ?) shows them.
export interface ShortcutGroup {
  screen: string;
  keys: [keys: string[], what: string][];
}

export const shortcuts: ShortcutGroup[] = [
  { screen: 'Everywhere', keys: [
    [['?'], 'this list of shortcuts'],
    [['Esc'], 'close a dialog or menu; back to the library from a screen'],
    [['Tab'], 'next button or field (in a dialog, focus stays in the dialog)'],
  ] },
  { screen: 'Studying', keys: [
    [['Space', 'Enter'], 'show the answer (on an order or match card: check it)'],
    [['1', '2', '3', '4'], 'grade Again, Hard, Good, Easy'],
    [['Space', 'Enter'], 'after the answer is shown: the suggested grade, else Good, as in Anki; also after a click on a button or on Type answers (a button reached with Tab is pressed instead)'],
    [['1', '…', '9'], 'on a multiple-choice card, before the answer: pick that choice'],
    [['1', '…', '9'], 'on a match card: an item on the left, then its match on the right'],
    [['T', 'F'], 'on a true/false card: True or False (with Shift too)'],
    [['Alt+↑', 'Alt+↓'], 'on a put-in-order card: move the focused item (Tab to it)'],
    [['R'], 'play the card’s sound again'],
    [['Ctrl+Z'], 'undo the last answer'],
    [['E'], 'edit the card (its progress stays)'],
    [['@'], 'suspend the card'],
    [['-'], 'bury the card until tomorrow'],
    [['Esc'], 'back to the library (from the answer box too)'],
  ] },
  { screen: 'Library', keys: [
    [['↑', '↓'], 'in a deck’s More menu: move between actions (nothing happens until Enter)'],
    [['Enter', 'Space'], 'do the chosen action'],
  ] },
  { screen: 'Cards (the card browser)', keys: [
    [['↑', '↓'], 'previous or next card'],
    [['Home', 'End'], 'first or last card'],
    [['Enter'], 'edit the selected card'],
    [['Ctrl+Enter'], 'save the card being edited'],
    [['Delete'], 'delete the selected card (asks first)'],
  ] },
  { screen: 'Reviewing a new deck', keys: [
    [['↑', '↓'], 'previous or next card (also k and j)'],
    [['Delete'], 'remove the selected card; it stays out when the deck is regenerated'],
  ] },
];
