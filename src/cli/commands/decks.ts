// factdeck decks [--json]: the library with today's counts.
import { parseArgs } from 'node:util';
import type { CliContext } from '../context.js';
import { writeOut } from '../output.js';

export async function decks(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: ctx.args.slice(1), options: { json: { type: 'boolean' } } });
  const lib = await ctx.openForReading();
  try {
    const list = await lib.api.listDecks({});
    if (values.json) {
      const rows = list.map(({ id, title, cards, new: n, learning, review, due }) => ({ id, title, cards, new: n, learning, review, due }));
      await writeOut(JSON.stringify(rows) + '\n');
      return 0;
    }
    if (list.length === 0) {
      await writeOut('No decks yet. Make one: factdeck generate article.txt -o deck.json && factdeck import deck.json\n');
      return 0;
    }
    const rows = list.map((d) => [d.id, String(d.cards), String(d.new), String(d.learning), String(d.review), d.title]);
    const head = ['ID', 'CARDS', 'NEW', 'LEARN', 'DUE', 'TITLE'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    await writeOut([head, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ') + '\n').join(''));
    return 0;
  } finally {
    lib.close();
  }
}
